package io.portablefn.runtime;

import io.portablefn.api.Change;
import io.portablefn.api.ChangeHandler;
import io.portablefn.api.Context;
import io.portablefn.api.HttpException;
import io.portablefn.api.Message;
import io.portablefn.api.StreamRecord;
import io.portablefn.api.TypedMessageHandler;
import io.portablefn.api.TypedStreamHandler;

/**
 * The handlers an {@link EventFunction} runs, once its provider has decoded the event: the
 * user's handler as it is, or, for a typed one, the body or items bound first by the body
 * contract (docs/mapping.md §4). A body or item that does not fit fails the event before the
 * user's handler runs ({@link UnbindableBody}), which {@link EventFunction} logs as such.
 */
final class EventHandlers {

    private EventHandlers() {
    }

    /** The handler behind every kind, once the event is decoded. */
    @FunctionalInterface
    interface Handler<E> {
        void handle(E event, Context context) throws Exception;
    }

    /** Binds the body, then calls the typed handler. */
    static final class TypedMessages<T> implements Handler<Message> {
        private final TypedMessageHandler<T> handler;
        private final BodyType<T> bodyType;

        TypedMessages(TypedMessageHandler<T> handler, BodyType<T> bodyType) {
            this.handler = handler;
            this.bodyType = bodyType;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void handle(Message message, Context context) throws Exception {
            handler.handle((T) bind(message.body(), bodyType, "message body"), message, context);
        }
    }

    /** Binds the record's body, then calls the typed handler. */
    static final class TypedStreams<T> implements Handler<StreamRecord> {
        private final TypedStreamHandler<T> handler;
        private final BodyType<T> bodyType;

        TypedStreams(TypedStreamHandler<T> handler, BodyType<T> bodyType) {
            this.handler = handler;
            this.bodyType = bodyType;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void handle(StreamRecord record, Context context) throws Exception {
            handler.handle((T) bind(record.body(), bodyType, "record body"), record, context);
        }
    }

    /** Binds the change's items (plain JSON from the provider), then calls the handler. */
    static final class TypedChanges<T> implements Handler<Change<byte[]>> {
        private final ChangeHandler<T> handler;
        private final BodyType<T> itemType;

        TypedChanges(ChangeHandler<T> handler, BodyType<T> itemType) {
            this.handler = handler;
            this.itemType = itemType;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void handle(Change<byte[]> change, Context context) throws Exception {
            Change.Builder<T> bound = Change.<T>builder().kind(change.kind()).position(change.position())
                    .time(change.time().orElse(null));
            change.key().forEach(bound::key);
            change.newItem().ifPresent(item -> bound.newItem((T) bind(item, itemType, "new item")));
            change.oldItem().ifPresent(item -> bound.oldItem((T) bind(item, itemType, "old item")));
            handler.handle(bound.build(), context);
        }
    }

    // A body or item that does not fit the function's type fails the event, without a stack.
    static Object bind(byte[] json, BodyType<?> type, String subject) {
        try {
            return Json.readBody(json, type.type(), subject);
        } catch (HttpException unfit) {
            throw new UnbindableBody(unfit.getMessage());
        }
    }

    /** A body or item that does not fit the handler's type; carries the reason, no stack. */
    static final class UnbindableBody extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnbindableBody(String reason) {
            super(reason, null, false, false);
        }
    }
}
