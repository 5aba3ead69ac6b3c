package io.portablefn.runtime;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which POJOs {@link PojoShape} reads and writes, and their properties: only classes whose
 * properties databind's defaults find in exactly one way, so that nothing but the fields and
 * their accessors could change what databind does. A class qualifies when it is a top-level or
 * static nested class extending {@code Object}, not generic, not abstract, carries no annotation
 * databind honours ({@link RecordShapes#unannotated}), has exactly one constructor, taking no
 * argument, and every instance field is either
 * <ul>
 *   <li>public, non-final, with no accessor: read and written as the field; or</li>
 *   <li>not public, with a public setter ({@code setName(T)}, returning nothing) and optionally a
 *       public getter ({@code getName()}, or {@code isName()} for a {@code boolean}) of exactly
 *       the field's type: read through the setter, written through the getter (not at all
 *       without one); or with neither, and then no property.</li>
 * </ul>
 * Any other {@code get}, {@code is} or {@code set} method, a getter without a setter (databind
 * would then set the private field itself), a final or transient field, or a field name that
 * databind's name mangling would not give back from its accessor ({@code uRL}, {@code URL})
 * makes the class databind's. Rules from databind's defaults: {@code POJOPropertiesCollector}
 * and {@code VisibilityChecker.Std.DEFAULT} in FasterXML/jackson-databind.
 */
final class PojoProperties {

    private PojoProperties() {
    }

    /** The class's only constructor when it takes no argument and the class may qualify, else null. */
    static Constructor<?> noArgConstructor(Class<?> type) {
        int modifiers = type.getModifiers();
        if (type.isInterface() || type.isArray() || type.isPrimitive() || type.isEnum() || type.isRecord()
                || Modifier.isAbstract(modifiers) || type.getSuperclass() != Object.class
                || type.getTypeParameters().length > 0 || type.isLocalClass() || type.isAnonymousClass()
                || (type.isMemberClass() && !Modifier.isStatic(modifiers)) || type.getName().startsWith("java")
                || !RecordShapes.unannotated(type)) {
            return null;
        }
        Constructor<?>[] constructors = type.getDeclaredConstructors();
        if (constructors.length != 1 || constructors[0].getParameterCount() != 0) {
            return null;
        }
        try {
            constructors[0].setAccessible(true);
            return constructors[0];
        } catch (RuntimeException inaccessible) {
            return null;
        }
    }

    /** The properties in field order, or null when the class does not qualify. */
    static List<PojoShape.Property> of(Class<?> type) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers)) {
                continue;
            }
            if (field.isSynthetic() || Modifier.isFinal(modifiers) || Modifier.isTransient(modifiers)
                    || !mangledBack(field.getName())) {
                return null;
            }
            fields.put(field.getName(), field);
        }
        Map<String, Method> setters = new LinkedHashMap<>();
        Map<String, Method> getters = new LinkedHashMap<>();
        if (!accessors(type, fields, setters, getters)) {
            return null;
        }
        List<PojoShape.Property> properties = new ArrayList<>();
        try {
            for (Field field : fields.values()) {
                Method setter = setters.get(field.getName());
                Method getter = getters.get(field.getName());
                boolean visible = Modifier.isPublic(field.getModifiers());
                if (getter != null && setter == null) {
                    return null;
                }
                if (visible || setter != null) {
                    field.setAccessible(true);
                    if (setter != null) {
                        setter.setAccessible(true);
                    }
                    if (getter != null) {
                        getter.setAccessible(true);
                    }
                    properties.add(new PojoShape.Property(field.getName(), field, setter, getter));
                }
            }
        } catch (RuntimeException inaccessible) {
            return null;
        }
        return properties;
    }

    /**
     * Sorts every accessor-named instance method into setters and getters of a non-public field;
     * false when one is anything else (or one of an interface or of Object other than getClass).
     */
    private static boolean accessors(Class<?> type, Map<String, Field> fields, Map<String, Method> setters,
            Map<String, Method> getters) {
        for (Method method : type.getMethods()) {
            Class<?> owner = method.getDeclaringClass();
            if (owner != type && owner != Object.class && !Modifier.isStatic(method.getModifiers())
                    && beanAccessor(method.getName())) {
                return false;
            }
        }
        for (Method method : type.getDeclaredMethods()) {
            String name = method.getName();
            if (Modifier.isStatic(method.getModifiers()) || !beanAccessor(name)) {
                continue;
            }
            String property = name.startsWith("is") ? decapitalize(name.substring(2)) : decapitalize(name.substring(3));
            Field field = fields.get(property);
            if (field == null || method.isSynthetic() || !Modifier.isPublic(method.getModifiers())
                    || Modifier.isPublic(field.getModifiers()) || !name.equals(accessorName(name, property))) {
                return false;
            }
            boolean setter = name.startsWith("set") && method.getParameterCount() == 1
                    && method.getReturnType() == void.class
                    && method.getGenericParameterTypes()[0].equals(field.getGenericType());
            boolean getter = !name.startsWith("set") && method.getParameterCount() == 0
                    && method.getGenericReturnType().equals(field.getGenericType())
                    && (name.startsWith("get") || field.getType() == boolean.class);
            Map<String, Method> role = setter ? setters : getter ? getters : null;
            if (role == null || role.putIfAbsent(property, method) != null) {
                return false; // neither, or a second getter (getX and isX) or setter
            }
        }
        return true;
    }

    // Databind takes getfoo(), get_x(), isbar() and setbaz(..) for accessors too.
    private static boolean beanAccessor(String name) {
        return (name.startsWith("get") && name.length() > 3) || (name.startsWith("is") && name.length() > 2)
                || (name.startsWith("set") && name.length() > 3);
    }

    /**
     * True when databind's mangling of {@code setName} gives back {@code name}: it lower-cases the
     * leading run of capitals, so a name must start with a lower-case letter and its second
     * character must not be a capital ({@code uRL} comes back as {@code url}).
     */
    private static boolean mangledBack(String name) {
        char first = name.charAt(0);
        return first >= 'a' && first <= 'z' && (name.length() == 1 || !Character.isUpperCase(name.charAt(1)));
    }

    private static String decapitalize(String rest) {
        return rest.isEmpty() ? rest : Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    private static String accessorName(String method, String property) {
        String prefix = method.startsWith("is") ? "is" : method.substring(0, 3);
        return prefix + Character.toUpperCase(property.charAt(0)) + property.substring(1);
    }
}
