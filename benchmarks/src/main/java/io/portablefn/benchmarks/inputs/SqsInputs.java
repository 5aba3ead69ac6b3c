package io.portablefn.benchmarks.inputs;

import java.nio.charset.StandardCharsets;

/** An SQS batch of ten order messages, shaped as Lambda delivers it; optionally one is poison. */
public final class SqsInputs {

    public static final int BATCH = 10;

    private SqsInputs() {
    }

    /** @param poison whether the fourth order is invalid (its message fails and is logged) */
    public static byte[] batch(boolean poison) {
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < BATCH; i++) {
            int quantity = i == 3 && poison ? 0 : i + 1;
            records.append(i == 0 ? "" : ",").append("""
                    {"messageId":"m-%d","receiptHandle":"AQEB%d","body":"{\\"id\\":\\"o-%d\\",\\"quantity\\":%d}",\
                    "attributes":{"ApproximateReceiveCount":"1","SentTimestamp":"1700000000000",\
                    "SenderId":"AIDAEXAMPLE","ApproximateFirstReceiveTimestamp":"1700000000001"},\
                    "messageAttributes":{},"md5OfBody":"0123456789abcdef0123456789abcdef",\
                    "eventSource":"aws:sqs","eventSourceARN":"arn:aws:sqs:eu-west-1:123456789012:orders",\
                    "awsRegion":"eu-west-1"}""".formatted(i, i, i, quantity));
        }
        return ("{\"Records\":[" + records + "]}").getBytes(StandardCharsets.UTF_8);
    }
}
