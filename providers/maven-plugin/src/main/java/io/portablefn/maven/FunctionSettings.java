package io.portablefn.maven;

/**
 * The settings of one function, by its {@code @Function} name, with optional per-cloud overrides:
 *
 * <pre>{@code
 * <function>
 *   <name>hello</name>
 *   <auth>public</auth>
 *   <aws><memoryMb>1024</memoryMb></aws>
 * </function>
 * }</pre>
 */
public class FunctionSettings extends Settings {

    /** The function's {@code @Function(name)}. */
    String name;

    Settings aws;
    Settings azure;
    Settings gcp;

    public FunctionSettings() {
    }

    public FunctionSettings(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The override for one cloud ({@code aws}, {@code azure} or {@code gcp}), or null. */
    public Settings forCloud(String cloud) {
        return switch (cloud) {
            case "aws" -> aws;
            case "azure" -> azure;
            case "gcp" -> gcp;
            default -> null;
        };
    }

    public FunctionSettings cloud(String cloud, Settings settings) {
        switch (cloud) {
            case "aws" -> aws = settings;
            case "azure" -> azure = settings;
            case "gcp" -> gcp = settings;
            default -> throw new IllegalArgumentException("no cloud " + cloud);
        }
        return this;
    }
}
