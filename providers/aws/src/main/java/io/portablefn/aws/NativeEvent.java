package io.portablefn.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields of an AWS event that portablefn reads, as they arrived; everything else in the
 * event is skipped while parsing. A null field was absent or JSON null (the console's test
 * events send null maps). Filled by {@link EventReader}; read by {@link EventKind}, which tells
 * every kind of event apart, by {@link EventShape} and {@link RequestDecoder} for HTTP events,
 * and by the record decoders for the others. Never leaves the invocation that parsed it.
 */
final class NativeEvent {

    /** The names of the top-level fields, in order: the event's shape, for a log line about an unknown event. */
    final List<String> topLevelKeys = new ArrayList<>();

    String version;
    String httpMethod;
    String path;
    String rawPath;
    String rawQueryString;
    Map<String, String> headers;
    Map<String, List<String>> multiValueHeaders;
    Map<String, String> queryStringParameters;
    Map<String, List<String>> multiValueQueryStringParameters;
    List<String> cookies;
    String body;
    boolean base64Encoded;

    boolean hasRequestContext;
    boolean elb;
    String requestId;
    String stage;
    String domainName;
    /** requestContext.http.method: payload 2.0 carries the method only there. */
    String contextHttpMethod;

    /**
     * The {@code Records} of an SQS, SNS or S3 event, each as {@link JsonTree} values; null when
     * the event has none. Only non-HTTP events carry them, so HTTP never pays for reading them.
     */
    List<Map<String, Object>> records;
    /** The first record's {@code eventSource} ({@code EventSource} for SNS), such as "aws:sqs". */
    String recordSource;
    /** True when the records name more than one event source. */
    boolean mixedRecordSources;
    /** The elements of {@code Records} that are not objects, described ("element 2 (a number)"). */
    List<String> strayRecords = List.of();
    /** How many elements {@code Records} held, objects or not. */
    int recordCount;

    /** EventBridge: {@code source}, {@code detail-type}, {@code id} and {@code time}. */
    String source;
    String detailType;
    String id;
    String time;
}
