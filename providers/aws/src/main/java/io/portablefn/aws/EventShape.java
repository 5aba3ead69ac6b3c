package io.portablefn.aws;

/**
 * The four AWS front doors that invoke a Lambda function over HTTP, told apart by the event
 * itself (a function may sit behind several at once, so no configuration says which):
 * <ul>
 *   <li>{@code requestContext.elb} present: Application Load Balancer, in multi-value mode when
 *       the event carries {@code multiValueHeaders} or {@code multiValueQueryStringParameters};
 *   <li>{@code version} "2.0" with {@code requestContext.http.method}: HTTP API payload 2.0, or a
 *       Function URL when {@code requestContext.domainName} contains {@code ".lambda-url."};
 *   <li>{@code httpMethod} present with {@code version} "1.0": HTTP API payload 1.0;
 *   <li>{@code httpMethod} present without a {@code version}: API Gateway REST. Only HTTP APIs
 *       send {@code version}, in both payload formats; REST APIs never do (checked on AWS in
 *       aws/aws-lambda-java-libs pull request 258 and aws/aws-lambda-go pull request 280). The
 *       two 1.0 shapes share every field but differ in how the path arrives (docs/mapping.md §1).
 * </ul>
 * The response goes back in the shape the request came in.
 */
enum EventShape {
    REST_V1("API Gateway REST API (payload 1.0)"),
    HTTP_API_V1("API Gateway HTTP API (payload 1.0)"),
    HTTP_API_V2("API Gateway HTTP API (payload 2.0)"),
    FUNCTION_URL("Lambda Function URL"),
    ALB("Application Load Balancer"),
    ALB_MULTI_VALUE("Application Load Balancer with multi-value headers");

    /** Named in the 400 answer to an event of no known shape. */
    static final String ACCEPTED = "API Gateway REST API (payload 1.0), API Gateway HTTP API (payload 1.0 or 2.0),"
            + " Application Load Balancer (with or without multi-value headers) or Lambda Function URL";

    private final String description;

    EventShape(String description) {
        this.description = description;
    }

    /**
     * The shape of an event with these fields, or null if it is none of the four. Asked by
     * {@link EventReader} once the whole event is read, since fields come in any order.
     *
     * @param elb whether {@code requestContext.elb} is an object
     * @param multiValue whether {@code multiValueHeaders} or {@code multiValueQueryStringParameters} is present
     * @param contextHttpMethod {@code requestContext.http.method}
     * @param domainName {@code requestContext.domainName}
     */
    static EventShape of(boolean elb, boolean multiValue, String version, String httpMethod, String contextHttpMethod,
            String domainName) {
        if (elb) {
            if (httpMethod == null) {
                return null;
            }
            return multiValue ? ALB_MULTI_VALUE : ALB;
        }
        if ("2.0".equals(version)) {
            if (contextHttpMethod == null) {
                return null;
            }
            boolean url = domainName != null && domainName.contains(".lambda-url.");
            return url ? FUNCTION_URL : HTTP_API_V2;
        }
        if (httpMethod != null && version == null) {
            return REST_V1;
        }
        if (httpMethod != null && version.equals("1.0")) {
            return HTTP_API_V1;
        }
        return null;
    }

    /** True for the shapes of payload format 2.0 ({@link HttpV2Event}); the others are 1.0's. */
    boolean payloadV2() {
        return this == HTTP_API_V2 || this == FUNCTION_URL;
    }

    /** True for the shapes whose response carries headers as a name-to-list map. */
    boolean multiValueResponse() {
        return this == REST_V1 || this == HTTP_API_V1 || this == ALB_MULTI_VALUE;
    }

    @Override
    public String toString() {
        return description;
    }
}
