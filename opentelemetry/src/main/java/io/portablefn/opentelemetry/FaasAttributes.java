package io.portablefn.opentelemetry;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The attribute keys the invocation spans carry, from OpenTelemetry's semantic conventions
 * (open-telemetry/semantic-conventions: docs/faas/faas-spans.md, docs/registry/attributes/faas.md,
 * cloud.md, http.md, url.md, messaging.md). Written out here rather than taken from the
 * incubating semconv artifact, which is alpha and would be one more jar to deploy.
 */
final class FaasAttributes {

    static final AttributeKey<String> FAAS_TRIGGER = AttributeKey.stringKey("faas.trigger");
    static final AttributeKey<String> FAAS_INVOCATION_ID = AttributeKey.stringKey("faas.invocation_id");
    static final AttributeKey<Boolean> FAAS_COLDSTART = AttributeKey.booleanKey("faas.coldstart");
    // faas.name and cloud.provider are resource attributes that the FaaS span conventions allow on
    // the incoming span itself ("Resource attributes as incoming FaaS span attributes").
    static final AttributeKey<String> FAAS_NAME = AttributeKey.stringKey("faas.name");
    static final AttributeKey<String> CLOUD_PROVIDER = AttributeKey.stringKey("cloud.provider");

    static final AttributeKey<String> FAAS_DOCUMENT_COLLECTION = AttributeKey.stringKey("faas.document.collection");
    static final AttributeKey<String> FAAS_DOCUMENT_OPERATION = AttributeKey.stringKey("faas.document.operation");
    static final AttributeKey<String> FAAS_DOCUMENT_NAME = AttributeKey.stringKey("faas.document.name");
    static final AttributeKey<String> FAAS_DOCUMENT_TIME = AttributeKey.stringKey("faas.document.time");
    static final AttributeKey<String> FAAS_CRON = AttributeKey.stringKey("faas.cron");
    static final AttributeKey<String> FAAS_TIME = AttributeKey.stringKey("faas.time");

    static final AttributeKey<String> HTTP_REQUEST_METHOD = AttributeKey.stringKey("http.request.method");
    static final AttributeKey<String> HTTP_ROUTE = AttributeKey.stringKey("http.route");
    static final AttributeKey<String> URL_PATH = AttributeKey.stringKey("url.path");
    static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE = AttributeKey.longKey("http.response.status_code");

    static final AttributeKey<String> MESSAGING_OPERATION_TYPE = AttributeKey.stringKey("messaging.operation.type");
    static final AttributeKey<String> MESSAGING_MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");

    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

    private FaasAttributes() {
    }
}
