package io.portablefn.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Triggers a {@link Function} when an object is created in or deleted from a bucket: S3 on
 * AWS, Blob Storage (through Event Grid) on Azure, Cloud Storage on Google Cloud. The class
 * implements {@link StorageHandler}.
 *
 * <pre>{@code
 * @Function(name = "thumbnail")
 * @StorageTrigger(bucket = "uploads", events = StorageEvent.Kind.CREATED)
 * public class Thumbnail implements StorageHandler { ... }
 * }</pre>
 *
 * <p>Throwing makes the cloud deliver the event again (AWS and Google retry asynchronous
 * events; Event Grid retries with back-off); {@link DropEventException} does not.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StorageTrigger {

    /**
     * The bucket (on Azure, the storage container): 3 to 63 characters of lower-case letters,
     * digits and single hyphens, starting and ending with a letter or digit; not starting with
     * {@code goog}, {@code sthree-} or {@code amzn-s3-demo-}, not containing {@code google} and not
     * ending with {@code -s3alias} (names Cloud Storage or S3 reserve).
     */
    String bucket();

    /** The events wanted; at least one. */
    StorageEvent.Kind[] events() default StorageEvent.Kind.CREATED;
}
