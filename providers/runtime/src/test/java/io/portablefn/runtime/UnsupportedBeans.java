package io.portablefn.runtime;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * POJOs whose properties databind finds other than {@link PojoProperties} allows, each for one
 * reason: the fast path must leave every one to databind ({@link UnsupportedShapes}).
 */
final class UnsupportedBeans {

    private UnsupportedBeans() {
    }

    /** Databind sets the private field itself (INFER_PROPERTY_MUTATORS). */
    public static class GetterOnly {
        private String name = "n";
        public String getName() { return name; }
    }

    /** A public field with an accessor: two ways to one property. */
    public static class GetterAndField {
        public String name = "n";
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }

    /** Databind writes a final field too (ALLOW_FINAL_FIELDS_AS_MUTATORS). */
    public static class FinalField {
        public final String name = "n";
    }

    public static class TransientField {
        public transient String name = "n";
        public String other;
    }

    /** Databind's mangling of setURL names the property "url". */
    public static class CapitalSecond {
        private String uRL;
        public void setURL(String url) { this.uRL = url; }
        public String getURL() { return uRL; }
    }

    /** Databind sees setters of any visibility. */
    public static class PrivateSetter {
        private String name;
        public String other;
        private void setName(String name) { this.name = name; }
    }

    public static class FluentSetter {
        private String name;
        public FluentSetter setName(String name) { this.name = name; return this; }
    }

    public static class OtherTypeSetter {
        private String name;
        public void setName(int name) { this.name = Integer.toString(name); }
    }

    public static class WithArgumentConstructor {
        public String name;
        public WithArgumentConstructor() { }
        public WithArgumentConstructor(String name) { this.name = name; }
    }

    public static class Parent {
        public String name;
    }

    public static class Child extends Parent {
    }

    public static class Annotated {
        @JsonProperty("n")
        public String name;
    }

    public static class Generic<T> {
        public T value;
    }

    interface Named {
        default String getName() { return "named"; }
    }

    public static class WithInterfaceGetter implements Named {
        public String other;
    }

    /** Not static: databind cannot make one without its outer instance. */
    public class Inner {
        public String name;
    }

    public static class WithOptional {
        public Optional<String> name = Optional.empty();
    }

    public static class BothIsAndGet {
        private boolean on;
        public boolean isOn() { return on; }
        public boolean getOn() { return on; }
        public void setOn(boolean on) { this.on = on; }
    }
}
