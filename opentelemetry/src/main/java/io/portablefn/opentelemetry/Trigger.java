package io.portablefn.opentelemetry;

import static io.portablefn.opentelemetry.FaasAttributes.FAAS_CRON;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_DOCUMENT_COLLECTION;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_DOCUMENT_NAME;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_DOCUMENT_OPERATION;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_DOCUMENT_TIME;
import static io.portablefn.opentelemetry.FaasAttributes.FAAS_TIME;
import static io.portablefn.opentelemetry.FaasAttributes.HTTP_REQUEST_METHOD;
import static io.portablefn.opentelemetry.FaasAttributes.HTTP_ROUTE;
import static io.portablefn.opentelemetry.FaasAttributes.MESSAGING_MESSAGE_ID;
import static io.portablefn.opentelemetry.FaasAttributes.MESSAGING_OPERATION_TYPE;
import static io.portablefn.opentelemetry.FaasAttributes.URL_PATH;

import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.portablefn.api.Change;
import io.portablefn.api.HttpRequest;
import io.portablefn.api.Message;
import io.portablefn.api.ScheduleEvent;
import io.portablefn.api.StorageEvent;
import io.portablefn.api.StreamRecord;
import io.portablefn.runtime.EventFunction;
import io.portablefn.runtime.HttpFunction;
import io.portablefn.runtime.PortableFunction;

/**
 * A portable trigger as the FaaS semantic conventions name it (faas-spans.md, "Function trigger
 * type"): the {@code faas.trigger} value, the span kind, and the attributes that trigger's
 * section asks for. Queue and topic messages are {@code pubsub}, whose span follows the
 * messaging conventions: a {@code process} span of kind CONSUMER, one per message; so are stream
 * records. Storage events and table changes are {@code datasource}, schedules {@code timer};
 * all three, like HTTP, SERVER.
 */
enum Trigger {
    HTTP("http", SpanKind.SERVER),
    PUBSUB("pubsub", SpanKind.CONSUMER),
    DATASOURCE("datasource", SpanKind.SERVER),
    TIMER("timer", SpanKind.SERVER);

    final String value;
    final SpanKind kind;

    Trigger(String value, SpanKind kind) {
        this.value = value;
        this.kind = kind;
    }

    static Trigger of(PortableFunction function) {
        if (function instanceof HttpFunction) {
            return HTTP;
        }
        return switch (((EventFunction) function).kind()) {
            case QUEUE, TOPIC -> PUBSUB;
            case STORAGE, CHANGE -> DATASOURCE;
            case SCHEDULE -> TIMER;
            case STREAM -> PUBSUB;
        };
    }

    /** Adds what this trigger's conventions ask for, from the event the handler is given. */
    void describe(SpanBuilder span, PortableFunction function, Object event) {
        if (event instanceof HttpRequest request) {
            span.setAttribute(HTTP_REQUEST_METHOD, request.method())
                    .setAttribute(URL_PATH, request.path())
                    .setAttribute(HTTP_ROUTE, ((HttpFunction) function).path().toString());
        } else if (event instanceof Message message) {
            span.setAttribute(MESSAGING_OPERATION_TYPE, "process").setAttribute(MESSAGING_MESSAGE_ID, message.id());
        } else if (event instanceof StorageEvent storage) {
            span.setAttribute(FAAS_DOCUMENT_COLLECTION, storage.bucket())
                    .setAttribute(FAAS_DOCUMENT_OPERATION,
                            storage.kind() == StorageEvent.Kind.DELETED ? "delete" : "insert")
                    .setAttribute(FAAS_DOCUMENT_NAME, storage.key())
                    .setAttribute(FAAS_DOCUMENT_TIME, storage.eventTime().toString());
        } else if (event instanceof StreamRecord record) {
            span.setAttribute(MESSAGING_OPERATION_TYPE, "process").setAttribute(MESSAGING_MESSAGE_ID, record.sequence());
        } else if (event instanceof Change<?> change) {
            span.setAttribute(FAAS_DOCUMENT_OPERATION, switch (change.kind()) {
                case CREATED -> "insert";
                case UPDATED, WRITTEN -> "edit";
                case DELETED -> "delete";
            }).setAttribute(FAAS_DOCUMENT_NAME, String.join("/", change.key().values()));
            change.time().ifPresent(time -> span.setAttribute(FAAS_DOCUMENT_TIME, time.toString()));
        } else if (event instanceof ScheduleEvent firing) {
            span.setAttribute(FAAS_TIME, firing.scheduledTime().toString());
            ((EventFunction) function).cron().ifPresent(cron -> span.setAttribute(FAAS_CRON, cron.expression()));
        }
    }
}
