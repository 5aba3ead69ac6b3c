package io.portablefn.benchmarks.cold;

import java.util.List;

/**
 * One way of deploying the greeting: its entry point and exactly what it deploys, as jar-name
 * prefixes (cut from the module's classpath) and class-file prefixes (cut from its classes),
 * and the body types it binds ({@link Body}). A fresh JVM of a variant sees only these, as its
 * Lambda zip or function jar would hold.
 */
public enum Variant {

    AWS_PORTABLE("portablefn (generated)", Kind.AWS, "io.portablefn.benchmarks.greet.Greet_AwsHandler",
            List.of("portablefn-api-", "portablefn-runtime-", "portablefn-aws-", "jackson-core-", "jackson-databind-",
                    "jackson-annotations-", "jackson-datatype-jsr310-", "jackson-datatype-jdk8-", "aws-lambda-java-core-"),
            List.of("io/portablefn/benchmarks/greet/", "io/portablefn/benchmarks/logic/",
                    "META-INF/services/io.portablefn.runtime.FunctionSource")),
    AWS_OBJECT_MAPPER("hand-written, ObjectMapper", Kind.AWS, "io.portablefn.benchmarks.hand.ObjectMapperLambda",
            List.of("jackson-core-", "jackson-databind-", "jackson-annotations-", "aws-lambda-java-core-"),
            List.of("io/portablefn/benchmarks/hand/ObjectMapperLambda", "io/portablefn/benchmarks/logic/")),
    AWS_READ_TREE("hand-written, ObjectMapper readTree only", Kind.AWS,
            "io.portablefn.benchmarks.hand.ReadTreeLambda",
            List.of("jackson-core-", "jackson-databind-", "jackson-annotations-", "aws-lambda-java-core-"),
            List.of("io/portablefn/benchmarks/hand/ReadTreeLambda", "io/portablefn/benchmarks/logic/")),
    AWS_STREAMING("hand-written, jackson-core streaming (floor)", Kind.AWS,
            "io.portablefn.benchmarks.hand.StreamingLambda",
            List.of("jackson-core-", "aws-lambda-java-core-"),
            List.of("io/portablefn/benchmarks/hand/StreamingLambda", "io/portablefn/benchmarks/logic/")),
    AWS_SPRING("Spring Cloud Function 4.3.0 (FunctionInvoker)", Kind.AWS,
            "org.springframework.cloud.function.adapter.aws.FunctionInvoker",
            List.of("spring-", "reactor-core-", "reactive-streams-", "jackson-", "joda-time-", "logback-",
                    "slf4j-api-", "log4j-", "jul-to-slf4j-", "jakarta.annotation-api-", "snakeyaml-", "micrometer-",
                    "aws-lambda-java-core-", "aws-lambda-java-events-"),
            List.of("io/portablefn/benchmarks/spring/", "io/portablefn/benchmarks/logic/")),
    GCP_PORTABLE("portablefn (generated)", Kind.GCP, "io.portablefn.benchmarks.greet.Greet_GcpFunction",
            List.of("portablefn-api-", "portablefn-runtime-", "portablefn-gcp-", "jackson-core-", "jackson-databind-",
                    "jackson-annotations-", "jackson-datatype-jsr310-", "jackson-datatype-jdk8-"),
            List.of("io/portablefn/benchmarks/greet/", "io/portablefn/benchmarks/logic/")),
    GCP_HAND("hand-written HttpFunction, ObjectMapper", Kind.GCP, "io.portablefn.benchmarks.hand.GreetHttpFunction",
            List.of("jackson-core-", "jackson-databind-", "jackson-annotations-"),
            List.of("io/portablefn/benchmarks/hand/GreetHttpFunction", "io/portablefn/benchmarks/logic/")),
    AZURE_PORTABLE("portablefn (generated)", Kind.AZURE, "io.portablefn.benchmarks.greet.Greet_AzureFunction",
            List.of("portablefn-api-", "portablefn-runtime-", "portablefn-azure-", "jackson-core-", "jackson-databind-",
                    "jackson-annotations-", "jackson-datatype-jsr310-", "jackson-datatype-jdk8-"),
            List.of("io/portablefn/benchmarks/greet/", "io/portablefn/benchmarks/logic/")),
    AZURE_HAND("hand-written @FunctionName, ObjectMapper", Kind.AZURE,
            "io.portablefn.benchmarks.hand.GreetAzureFunction",
            List.of("jackson-core-", "jackson-databind-", "jackson-annotations-"),
            List.of("io/portablefn/benchmarks/hand/GreetAzureFunction", "io/portablefn/benchmarks/logic/")),

    // The same greeting with JavaBean bodies, then with Map bodies, against the same hand-written
    // handlers binding the same types.
    AWS_PORTABLE_POJO(Body.POJO, AWS_PORTABLE, "io.portablefn.benchmarks.pojo.GreetPojo_AwsHandler"),
    AWS_OBJECT_MAPPER_POJO(Body.POJO, AWS_OBJECT_MAPPER, "io.portablefn.benchmarks.hand.ObjectMapperLambda$PojoBody"),
    AWS_PORTABLE_MAP(Body.MAP, AWS_PORTABLE, "io.portablefn.benchmarks.map.GreetMap_AwsHandler"),
    AWS_OBJECT_MAPPER_MAP(Body.MAP, AWS_OBJECT_MAPPER, "io.portablefn.benchmarks.hand.ObjectMapperLambda$MapBody"),
    GCP_PORTABLE_POJO(Body.POJO, GCP_PORTABLE, "io.portablefn.benchmarks.pojo.GreetPojo_GcpFunction"),
    GCP_HAND_POJO(Body.POJO, GCP_HAND, "io.portablefn.benchmarks.hand.GreetHttpFunction$PojoBody"),
    GCP_PORTABLE_MAP(Body.MAP, GCP_PORTABLE, "io.portablefn.benchmarks.map.GreetMap_GcpFunction"),
    GCP_HAND_MAP(Body.MAP, GCP_HAND, "io.portablefn.benchmarks.hand.GreetHttpFunction$MapBody"),
    AZURE_PORTABLE_POJO(Body.POJO, AZURE_PORTABLE, "io.portablefn.benchmarks.pojo.GreetPojo_AzureFunction"),
    AZURE_HAND_POJO(Body.POJO, AZURE_HAND, "io.portablefn.benchmarks.hand.GreetAzureFunction$PojoBody"),
    AZURE_PORTABLE_MAP(Body.MAP, AZURE_PORTABLE, "io.portablefn.benchmarks.map.GreetMap_AzureFunction"),
    AZURE_HAND_MAP(Body.MAP, AZURE_HAND, "io.portablefn.benchmarks.hand.GreetAzureFunction$MapBody");

    /** The cloud API an entry point is written against. */
    public enum Kind { AWS, GCP, AZURE }

    /**
     * The body types a variant binds, the path its request goes to, and a class that only a run
     * binding them loads (null: none, for maps); each portablefn variant has a package of its own.
     */
    public enum Body {
        RECORD("record", "/greet", "io.portablefn.benchmarks.logic.Greeter$Person", "greet"),
        POJO("POJO", "/greet-pojo", "io.portablefn.benchmarks.logic.Greeter$PersonBean", "pojo"),
        MAP("Map", "/greet-map", null, "map");

        public final String label;
        public final String path;
        public final String boundClass;
        final String portablePackage;

        Body(String label, String path, String boundClass, String portablePackage) {
            this.label = label;
            this.path = path;
            this.boundClass = boundClass;
            this.portablePackage = portablePackage;
        }
    }

    /** What the cloud's runtime brings itself; on the classpath, never in the zip. */
    static final List<String> AWS_RUNTIME = List.of("aws-lambda-java-runtime-interface-client-",
            "aws-lambda-java-serialization-", "utils-lite-", "annotations-");
    static final List<String> GCP_API = List.of("functions-framework-api-", "cloudevents-api-");
    static final List<String> AZURE_API = List.of("azure-functions-java-library-", "azure-functions-java-core-library-");
    static final String GCP_INVOKER = "java-function-invoker-";

    public final String label;
    public final Kind kind;
    public final Body body;
    public final String entryPoint;
    final List<String> jars;
    final List<String> classes;

    Variant(String label, Kind kind, String entryPoint, List<String> jars, List<String> classes) {
        this.label = label;
        this.kind = kind;
        this.body = Body.RECORD;
        this.entryPoint = entryPoint;
        this.jars = jars;
        this.classes = classes;
    }

    /** The record variant {@code like} with other bodies: its own entry point, package and path. */
    Variant(Body body, Variant like, String entryPoint) {
        this.label = like.label;
        this.kind = like.kind;
        this.body = body;
        this.entryPoint = entryPoint;
        this.jars = like.jars;
        this.classes = like.classes.stream()
                .map(prefix -> prefix.replace("/benchmarks/greet/", "/benchmarks/" + body.portablePackage + "/"))
                .toList();
    }

    /** True for the variants portablefn generated (the others are written by hand or Spring's). */
    public boolean portable() {
        return entryPoint.startsWith("io.portablefn.benchmarks." + body.portablePackage + ".");
    }

    /** The Lambda handler string, {@code class::method}. */
    public String handler() {
        return entryPoint + "::handleRequest";
    }
}
