package io.portablefn.conformance.aws;

import io.portablefn.conformance.Target;
import java.util.List;

/**
 * The AWS targets: one Lambda function behind each of the four HTTP front doors AWS offers,
 * HTTP API in both payload formats and ALB in both header modes. Each front door's javadoc says
 * what it reproduces and where AWS documents it.
 */
public final class AwsTargets {

    private AwsTargets() {
    }

    /** API Gateway REST API, Lambda proxy integration (payload 1.0); see {@code RestApiFront}. */
    public static Target restApiV1() {
        return new AwsTarget("aws-rest-v1", new RestApiFront());
    }

    /** API Gateway HTTP API (payload 2.0); see {@code HttpApiFront}. */
    public static Target httpApiV2() {
        return new AwsTarget("aws-http-api-v2", new HttpApiFront(false));
    }

    /** API Gateway HTTP API with payload format 1.0; see {@code HttpApiV1Front}. */
    public static Target httpApiV1() {
        return new AwsTarget("aws-http-api-v1", new HttpApiV1Front());
    }

    /** Application Load Balancer, multi-value headers off (the default); see {@code AlbFront}. */
    public static Target alb() {
        return new AwsTarget("aws-alb", new AlbFront(false));
    }

    /** Application Load Balancer with multi-value headers on; see {@code AlbFront}. */
    public static Target albMultiValue() {
        return new AwsTarget("aws-alb-multi-value", new AlbFront(true));
    }

    /** Lambda Function URL (payload 2.0); see {@code HttpApiFront}. */
    public static Target functionUrl() {
        return new AwsTarget("aws-function-url", new HttpApiFront(true));
    }

    /** Every AWS target, in the order above. */
    public static List<Target> all() {
        return List.of(restApiV1(), httpApiV1(), httpApiV2(), alb(), albMultiValue(), functionUrl());
    }
}
