package io.portablefn.benchmarks.inputs;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A Kinesis batch of {@value #BATCH} order records of one shard, shaped as Lambda delivers it
 * (the AWS Lambda developer guide's Kinesis sample event); optionally one is poison.
 */
public final class KinesisInputs {

    public static final int BATCH = 100;
    /** The record that is poison when asked for: the batch stops there. */
    public static final int POISON_AT = 90;

    private KinesisInputs() {
    }

    /** @param poison whether record {@value #POISON_AT} is an invalid order (it and the rest are retried) */
    public static byte[] batch(boolean poison) {
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < BATCH; i++) {
            int quantity = i == POISON_AT && poison ? 0 : i + 1;
            String data = Base64.getEncoder().encodeToString(("{\"id\":\"o-" + i + "\",\"quantity\":" + quantity + "}")
                    .getBytes(StandardCharsets.UTF_8));
            String sequence = "4959033827149025660855969253836157109592157598913658" + String.format("%04d", i);
            records.append(i == 0 ? "" : ",").append("""
                    {"kinesis":{"kinesisSchemaVersion":"1.0","partitionKey":"customer-%d","sequenceNumber":"%s",\
                    "data":"%s","approximateArrivalTimestamp":1700000000.%03d},"eventSource":"aws:kinesis",\
                    "eventVersion":"1.0","eventID":"shardId-000000000006:%s","eventName":"aws:kinesis:record",\
                    "invokeIdentityArn":"arn:aws:iam::123456789012:role/lambda-role","awsRegion":"eu-west-1",\
                    "eventSourceARN":"arn:aws:kinesis:eu-west-1:123456789012:stream/order-stream"}"""
                    .formatted(i % 7, sequence, data, i, sequence));
        }
        return ("{\"Records\":[" + records + "]}").getBytes(StandardCharsets.UTF_8);
    }
}
