package io.portablefn.processor;

import io.portablefn.api.ChangeHandler;
import io.portablefn.api.HttpHandler;
import io.portablefn.api.MessageHandler;
import io.portablefn.api.ScheduleHandler;
import io.portablefn.api.StorageHandler;
import io.portablefn.api.StreamHandler;
import io.portablefn.api.TypedHttpHandler;
import io.portablefn.api.TypedMessageHandler;
import io.portablefn.api.TypedStreamHandler;
import io.portablefn.processor.spi.TriggerModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * The rule that a function class implements the handler interface of its trigger (tag {@code
 * handler}): for each trigger a raw interface and, where bodies are bound, a typed one; exactly
 * one of them, with concrete type arguments.
 */
final class HandlerChecks {

    /**
     * The handler interfaces a trigger allows: raw, then typed (null when bodies are not bound),
     * what each is for, and an example of the typed one.
     */
    private record Allowed(Class<?> raw, Class<?> typed, String rawHelp, String typedHelp, String typedExample) {

        /** "MessageHandler or TypedMessageHandler"; a trigger without a raw handler names the typed one. */
        String names() {
            return raw == null ? typed.getSimpleName()
                    : raw.getSimpleName() + (typed == null ? "" : " or " + typed.getSimpleName());
        }

        /** Each allowed interface with what it is for. */
        String help() {
            String typedHelp = typed == null ? "" : typed.getSimpleName() + " (" + typedHelp() + ", e.g. "
                    + typedExample() + ")";
            return raw == null ? typedHelp : raw.getSimpleName() + " (" + rawHelp() + ")"
                    + (typed == null ? "" : " or " + typedHelp);
        }
    }

    /** Every handler interface, with the trigger it belongs to, to name the one a class wrongly implements. */
    private static final Map<Class<?>, String> HANDLERS = handlers();

    private final Types types;
    private final Diagnostics diagnostics;

    HandlerChecks(Types types, Diagnostics diagnostics) {
        this.types = types;
        this.diagnostics = diagnostics;
    }

    /**
     * The handler's body type: NONE-kinded for a raw handler, the first type argument of a
     * typed one; null (with an error) when the class implements the wrong interfaces.
     */
    TypeMirror bodyType(TypeElement type, TriggerModel trigger, String annotation) {
        Allowed allowed = allowed(trigger);
        String triggerName = "@" + annotation.substring(annotation.lastIndexOf('.') + 1);
        DeclaredType raw = allowed.raw() == null ? null : findSupertype(type, allowed.raw().getName());
        DeclaredType typed = allowed.typed() == null ? null : findSupertype(type, allowed.typed().getName());
        String foreign = foreignHandler(type, allowed);
        if (foreign != null) {
            return error(type, annotation, type + " has " + triggerName + " but implements " + foreign
                    + ": a " + triggerName + " function implements " + allowed.names() + " and no other"
                    + " handler interface, since only its trigger's handler is ever called");
        }
        if (raw != null && typed != null) {
            return error(type, annotation, type + " implements both " + allowed.raw().getSimpleName() + " and "
                    + allowed.typed().getSimpleName() + ": implement exactly one");
        }
        if (raw != null) {
            return types.getNoType(TypeKind.NONE);
        }
        if (typed == null) {
            return error(type, annotation, type + " has " + triggerName + " but does not implement its handler:"
                    + " implement " + allowed.help());
        }
        List<? extends TypeMirror> arguments = typed.getTypeArguments();
        if (arguments.isEmpty()) {
            return error(type, annotation, type + " implements the raw type " + allowed.typed().getSimpleName()
                    + ": give its type arguments, e.g. " + allowed.typedExample());
        }
        for (TypeMirror argument : arguments) {
            if (!concrete(argument)) {
                return error(type, annotation, type + " implements " + allowed.typed().getSimpleName() + " with '"
                        + argument + "': body types must be concrete classes, records, arrays or Void, with no"
                        + " type variable anywhere in them, so that they are known at compile time");
            }
        }
        return arguments.get(0);
    }

    private static Allowed allowed(TriggerModel trigger) {
        if (trigger instanceof TriggerModel.Http) {
            return new Allowed(HttpHandler.class, TypedHttpHandler.class, "request in, response out",
                    "JSON body in and out", "TypedHttpHandler<OrderRequest, Order>");
        }
        if (trigger instanceof TriggerModel.Storage) {
            return new Allowed(StorageHandler.class, null, "one storage event", null, null);
        }
        if (trigger instanceof TriggerModel.Schedule) {
            return new Allowed(ScheduleHandler.class, null, "one firing", null, null);
        }
        if (trigger instanceof TriggerModel.Stream) {
            return new Allowed(StreamHandler.class, TypedStreamHandler.class, "the record as it came",
                    "its JSON body bound to a type", "TypedStreamHandler<Click>");
        }
        if (trigger instanceof TriggerModel.Change) {
            // Items are always bound: a change handler names its item type.
            return new Allowed(null, ChangeHandler.class, null, "each change, its items bound to a type",
                    "ChangeHandler<Order>");
        }
        return new Allowed(MessageHandler.class, TypedMessageHandler.class, "the message as it came",
                "its JSON body bound to a type", "TypedMessageHandler<Order>");
    }

    private static Map<Class<?>, String> handlers() {
        Map<Class<?>, String> handlers = new LinkedHashMap<>();
        handlers.put(HttpHandler.class, "@HttpTrigger");
        handlers.put(TypedHttpHandler.class, "@HttpTrigger");
        handlers.put(MessageHandler.class, "@QueueTrigger and @TopicTrigger");
        handlers.put(TypedMessageHandler.class, "@QueueTrigger and @TopicTrigger");
        handlers.put(StorageHandler.class, "@StorageTrigger");
        handlers.put(ScheduleHandler.class, "@ScheduleTrigger");
        handlers.put(StreamHandler.class, "@StreamTrigger");
        handlers.put(TypedStreamHandler.class, "@StreamTrigger");
        handlers.put(ChangeHandler.class, "@ChangeTrigger");
        return handlers;
    }

    /** "StorageHandler (the handler of @StorageTrigger)" when the class implements another trigger's handler. */
    private String foreignHandler(TypeElement type, Allowed allowed) {
        for (Map.Entry<Class<?>, String> handler : HANDLERS.entrySet()) {
            Class<?> candidate = handler.getKey();
            if (candidate != allowed.raw() && candidate != allowed.typed()
                    && findSupertype(type, candidate.getName()) != null) {
                return candidate.getSimpleName() + " (the handler of " + handler.getValue() + ")";
            }
        }
        return null;
    }

    /**
     * True for a type the definition class can name: a class or array whose type arguments, at any
     * depth, are concrete too or wildcards bounded by concrete types ({@code List<? extends Order>}).
     */
    private static boolean concrete(TypeMirror type) {
        switch (type.getKind()) {
            case ARRAY -> {
                TypeMirror component = ((ArrayType) type).getComponentType();
                return component.getKind().isPrimitive() || concrete(component);
            }
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                return (wildcard.getExtendsBound() == null || concrete(wildcard.getExtendsBound()))
                        && (wildcard.getSuperBound() == null || concrete(wildcard.getSuperBound()));
            }
            case DECLARED -> {
                return ((DeclaredType) type).getTypeArguments().stream().allMatch(HandlerChecks::concrete);
            }
            default -> {
                return false;
            }
        }
    }

    private TypeMirror error(TypeElement type, String annotation, String message) {
        diagnostics.error("handler", message, type, annotation);
        return null;
    }

    /** The supertype of {@code type} whose erasure is {@code name}, with its type arguments. */
    private DeclaredType findSupertype(TypeElement type, String name) {
        Deque<TypeMirror> pending = new ArrayDeque<>();
        pending.add(type.asType());
        while (!pending.isEmpty()) {
            TypeMirror current = pending.poll();
            if (current instanceof DeclaredType declared
                    && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(name)) {
                return declared;
            }
            pending.addAll(types.directSupertypes(current));
        }
        return null;
    }
}
