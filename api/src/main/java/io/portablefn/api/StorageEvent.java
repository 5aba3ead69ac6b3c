package io.portablefn.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An object created in or deleted from a bucket, as every cloud delivers it (docs/events.md
 * says where each field comes from). Immutable.
 *
 * <pre>{@code
 * StorageEvent event = StorageEvent.builder()
 *         .id("e-1").kind(StorageEvent.Kind.CREATED)
 *         .bucket("uploads").key("photos/cat 1.jpg").size(2048)
 *         .eventTime(Instant.parse("2026-01-01T00:00:00Z"))
 *         .build();
 * }</pre>
 */
public final class StorageEvent {

    /** What happened to the object. */
    public enum Kind {
        /** Written: a new object, or a new version of one (S3 ObjectCreated, BlobCreated, finalized). */
        CREATED,
        /** Removed (S3 ObjectRemoved, BlobDeleted, deleted). */
        DELETED
    }

    private final String id;
    private final Kind kind;
    private final String bucket;
    private final String key;
    private final Long size;
    private final String etag;
    private final String contentType;
    private final Instant eventTime;
    private final String version;

    private StorageEvent(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.kind = Objects.requireNonNull(b.kind, "kind");
        this.bucket = Objects.requireNonNull(b.bucket, "bucket");
        this.key = Objects.requireNonNull(b.key, "key");
        this.size = b.size;
        this.etag = b.etag;
        this.contentType = b.contentType;
        this.eventTime = Objects.requireNonNull(b.eventTime, "eventTime");
        this.version = b.version;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The cloud's id of the event. */
    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The bucket's name (Azure: the container's). */
    public String bucket() {
        return bucket;
    }

    /** The object's key (Azure: the blob's name), decoded: {@code photos/cat 1.jpg}. */
    public String key() {
        return key;
    }

    /** The object's size in bytes, where the cloud gives it (not for deletions on AWS). */
    public OptionalLong size() {
        return size == null ? OptionalLong.empty() : OptionalLong.of(size);
    }

    /** The object's entity tag without quotes, where the cloud gives it. */
    public Optional<String> etag() {
        return Optional.ofNullable(etag);
    }

    /** The object's content type, where the cloud gives it (not on AWS). */
    public Optional<String> contentType() {
        return Optional.ofNullable(contentType);
    }

    /** When it happened. */
    public Instant eventTime() {
        return eventTime;
    }

    /** The object's version (S3 version id, Cloud Storage generation), where there is one. */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    @Override
    public String toString() {
        return "StorageEvent[" + kind + " " + bucket + "/" + key + "]";
    }

    /** Builds a {@link StorageEvent}; id, kind, bucket, key and eventTime are required. */
    public static final class Builder {
        private String id;
        private Kind kind;
        private String bucket;
        private String key;
        private Long size;
        private String etag;
        private String contentType;
        private Instant eventTime;
        private String version;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder kind(Kind kind) {
            this.kind = kind;
            return this;
        }

        public Builder bucket(String bucket) {
            this.bucket = bucket;
            return this;
        }

        public Builder key(String key) {
            this.key = key;
            return this;
        }

        public Builder size(long size) {
            if (size < 0) {
                throw new IllegalArgumentException("size must not be negative, not " + size);
            }
            this.size = size;
            return this;
        }

        /** Surrounding quotes, as S3 and Azure sometimes send them, are removed. */
        public Builder etag(String etag) {
            if (etag != null && etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")) {
                etag = etag.substring(1, etag.length() - 1);
            }
            this.etag = etag == null || etag.isEmpty() ? null : etag;
            return this;
        }

        public Builder contentType(String contentType) {
            this.contentType = contentType == null || contentType.isEmpty() ? null : contentType;
            return this;
        }

        public Builder eventTime(Instant eventTime) {
            this.eventTime = eventTime;
            return this;
        }

        public Builder version(String version) {
            this.version = version == null || version.isEmpty() ? null : version;
            return this;
        }

        public StorageEvent build() {
            return new StorageEvent(this);
        }
    }
}
