package io.portablefn.aws;

/**
 * The resource name in an event source's ARN, such as the table in
 * {@code arn:aws:dynamodb:eu-west-1:123456789012:table/Orders/stream/2026-01-01T00:00:00.000} or
 * the stream in {@code arn:aws:kinesis:eu-west-1:123456789012:stream/clicks} (ARN format:
 * {@code arn:partition:service:region:account:resource}, the AWS IAM user guide's "ARN format").
 */
final class Arns {

    private Arns() {
    }

    /**
     * The name after {@code <type>/} in the resource part of an ARN of {@code service}, up to the
     * next {@code /}; null when the text is no such ARN. Lenient on purpose: the test events of
     * AWS's own libraries carry placeholders such as {@code eventsource_arn}, and a test
     * invocation should not fail for want of a name the handler may never read.
     */
    static String resourceName(String arn, String service, String type) {
        if (arn == null) {
            return null;
        }
        String[] parts = arn.split(":", 6);
        if (parts.length != 6 || !parts[0].equals("arn") || !parts[2].equals(service)
                || !parts[5].startsWith(type + "/")) {
            return null;
        }
        String rest = parts[5].substring(type.length() + 1);
        int end = rest.indexOf('/');
        String name = end < 0 ? rest : rest.substring(0, end);
        return name.isEmpty() ? null : name;
    }
}
