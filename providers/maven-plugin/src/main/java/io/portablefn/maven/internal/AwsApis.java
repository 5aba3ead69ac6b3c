package io.portablefn.maven.internal;

import io.portablefn.runtime.PathTemplate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The SAM template's part for HTTP functions: the API Gateway API in front of them and each
 * function's route events. A function is behind the stack's one HTTP API ({@value #HTTP_API},
 * payload 2.0, the default) or, with {@code <api>rest</api>}, its one REST API
 * ({@value #REST_API}, payload 1.0); the generated handler reads both. Both APIs require IAM
 * auth (callers sign requests with SigV4) on every route unless the function is public:
 * <ul>
 *   <li>HTTP API: {@code DefaultAuthorizer: AWS_IAM}; a public function's routes say
 *       {@code Authorizer: NONE};
 *   <li>REST API: {@code DefaultAuthorizer: AWS_IAM} with {@code InvokeRole: NONE}, so that API
 *       Gateway invokes the function with its own permission, not the caller's credentials (SAM's
 *       default, which would also require every caller to hold {@code lambda:InvokeFunction}); a
 *       public function's routes say {@code Authorizer: NONE}. It is regional like an HTTP API,
 *       and its binary media types are {@code *}{@code /*}, so that bytes pass both ways (API
 *       Gateway base64-encodes request bodies and decodes responses marked
 *       {@code isBase64Encoded}).
 * </ul>
 */
final class AwsApis {

    static final String HTTP_API = "HttpApi";
    static final String REST_API = "RestApi";
    /** The REST API's stage, the first segment of its URL's path; an HTTP API uses {@code $default}. */
    static final String REST_STAGE = "api";
    // API Gateway gives up on an integration after 30 s (HTTP API) or 29 s (REST API, by default),
    // whatever the function's own timeout.
    static final int HTTP_API_TIMEOUT_SECONDS = 30;
    static final int REST_API_TIMEOUT_SECONDS = 29;

    private AwsApis() {
    }

    static boolean http(Deployment deployment) {
        return deployment.function().trigger().type().equals("http");
    }

    /** Adds the APIs the HTTP functions use, each once. */
    static void addResources(List<Deployment> deployments, Map<String, Object> resources) {
        if (deployments.stream().anyMatch(d -> http(d) && !d.restApi())) {
            resources.put(HTTP_API, ordered("Type", "AWS::Serverless::HttpApi", "Properties", Map.of("Auth",
                    ordered("EnableIamAuthorizer", true, "DefaultAuthorizer", "AWS_IAM"))));
        }
        if (deployments.stream().anyMatch(d -> http(d) && d.restApi())) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("StageName", REST_STAGE);
            properties.put("EndpointConfiguration", Map.of("Type", "REGIONAL"));
            // "~1" is SAM's escape for "/": this is */*.
            properties.put("BinaryMediaTypes", List.of("*~1*"));
            properties.put("Auth", ordered("DefaultAuthorizer", "AWS_IAM", "InvokeRole", "NONE"));
            resources.put(REST_API, ordered("Type", "AWS::Serverless::Api", "Properties", properties));
        }
    }

    /** The template's outputs: {@code ApiUrl} (HTTP API) and {@code RestApiUrl} (REST API), for those in use. */
    static Map<String, Object> outputs(Map<String, Object> resources) {
        Map<String, Object> outputs = new LinkedHashMap<>();
        if (resources.containsKey(HTTP_API)) {
            outputs.put("ApiUrl", ordered("Description", "The base URL of the HTTP API functions' paths",
                    "Value", Map.of("Fn::Sub", "https://${" + HTTP_API + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}/")));
        }
        if (resources.containsKey(REST_API)) {
            outputs.put("RestApiUrl", ordered("Description", "The base URL of the REST API functions' paths",
                    "Value", Map.of("Fn::Sub", "https://${" + REST_API + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}/"
                            + REST_STAGE + "/")));
        }
        return outputs;
    }

    /** Warns when the API would answer 503/504 while the function still runs. */
    static void warnings(Deployment deployment, Consumer<String> warnings) {
        int limit = deployment.restApi() ? REST_API_TIMEOUT_SECONDS : HTTP_API_TIMEOUT_SECONDS;
        if (deployment.timeoutSeconds() > limit) {
            warnings.accept("Function '" + deployment.name() + "' on AWS: timeout " + deployment.timeoutSeconds()
                    + " s, but the " + (deployment.restApi() ? "REST API answers 504" : "HTTP API answers 503")
                    + " after " + limit + " s while the function keeps running");
        }
    }

    /**
     * One event per method: {@code HttpGet} on the HTTP API, {@code RestGet} on the REST API. A
     * greedy template ({@code /files/{rest+}}, API Gateway's own spelling) gets a second event per
     * method, {@code HttpGetParent}, on its parent path ({@code /files}): a greedy path variable
     * catches the child resources of a route (docs.aws.amazon.com/apigateway/latest/developerguide/
     * http-api-develop-routes.html), not the route's parent (floci-io/floci pull request 811 matches
     * AWS in refusing {@code /auth/} to {@code /auth/{proxy+}}), and the contract routes the empty
     * remainder to the function too. {@code /files/} reaches the
     * function through one of the two: the REST API routes it to the {@code /files} resource
     * (floci-io/floci issue 1557 records AWS keeping the slash in {@code path}), the HTTP API to
     * the greedy route (storacha/w3infra pull request 166).
     */
    static Map<String, Object> events(Deployment deployment) {
        Manifest.Trigger trigger = deployment.function().trigger();
        PathTemplate template = PathTemplate.parse(trigger.path());
        Map<String, Object> events = new LinkedHashMap<>();
        for (String method : trigger.methods()) {
            String name = (deployment.restApi() ? "Rest" : "Http") + method.charAt(0)
                    + method.substring(1).toLowerCase(Locale.ROOT);
            events.put(name, event(deployment, trigger.path(), method));
            if (template.isGreedy()) {
                events.put(name + "Parent", event(deployment, template.parent(), method));
            }
        }
        return events;
    }

    private static Map<String, Object> event(Deployment deployment, String path, String method) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(deployment.restApi() ? "RestApiId" : "ApiId", Map.of("Ref",
                deployment.restApi() ? REST_API : HTTP_API));
        properties.put("Path", path);
        properties.put("Method", method);
        if (!deployment.restApi()) {
            properties.put("PayloadFormatVersion", "2.0");
        }
        if (deployment.publicAccess()) {
            // The API's default is IAM; NONE opens this route only.
            properties.put("Auth", Map.of("Authorizer", "NONE"));
        }
        return ordered("Type", deployment.restApi() ? "Api" : "HttpApi", "Properties", properties);
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
