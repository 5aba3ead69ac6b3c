package io.portablefn.samples.events;

import io.portablefn.api.Context;
import io.portablefn.api.Function;
import io.portablefn.api.StorageEvent;
import io.portablefn.api.StorageHandler;
import io.portablefn.api.StorageTrigger;
import java.util.Locale;
import java.util.Set;

/**
 * Decides, for each object created in the {@code uploads} bucket, where its thumbnail goes:
 * {@code photos/cat 1.jpg} gets {@code thumbnails/photos/cat 1.jpg.png}. Objects that are not
 * images are ignored with a log line, and so are the thumbnails themselves, which land in the
 * same bucket and would otherwise trigger the function again, forever. Deletions are not
 * wanted ({@code events = CREATED}), so the cloud does not send them.
 */
@Function(name = "thumbnails")
@StorageTrigger(bucket = "uploads", events = StorageEvent.Kind.CREATED)
public class Thumbnails implements StorageHandler {

    static final String PREFIX = "thumbnails/";

    // For clouds that give no content type (S3 events carry none), the key's extension decides.
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "webp");

    @Override
    public void handle(StorageEvent event, Context context) {
        String object = event.bucket() + "/" + event.key();
        String skipped = skipReason(event);
        if (skipped != null) {
            context.logger().info("no thumbnail for " + object + ": " + skipped);
            return;
        }
        // A real function reads the image, scales it and writes it here.
        context.logger().info("thumbnail of " + object + " goes to " + event.bucket() + "/" + thumbnailKey(event.key()));
    }

    /**
     * Where the thumbnail of {@code key} goes. The whole key is kept, extension included, so that
     * {@code cat.jpg} and {@code cat.png} do not share a thumbnail.
     */
    static String thumbnailKey(String key) {
        return PREFIX + key + ".png";
    }

    /** Why the object gets no thumbnail, or null when it gets one. */
    static String skipReason(StorageEvent event) {
        if (event.key().startsWith(PREFIX)) {
            return "it is a thumbnail";
        }
        boolean image = event.contentType()
                .map(type -> type.toLowerCase(Locale.ROOT).startsWith("image/"))
                .orElseGet(() -> IMAGE_EXTENSIONS.contains(extension(event.key())));
        return image ? null : "not an image (" + event.contentType().orElse("no content type") + ")";
    }

    private static String extension(String key) {
        int dot = key.lastIndexOf('.');
        return dot < key.lastIndexOf('/') + 1 ? "" : key.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
