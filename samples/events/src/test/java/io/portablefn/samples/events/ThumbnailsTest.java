package io.portablefn.samples.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.portablefn.api.StorageEvent;
import io.portablefn.runtime.EventOutcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which uploads get a thumbnail, and where it goes. */
class ThumbnailsTest {

    private final TestContext test = new TestContext("thumbnails");

    private static StorageEvent created(String key, String contentType) {
        return StorageEvent.builder().id("e-1").kind(StorageEvent.Kind.CREATED).bucket("uploads").key(key)
                .size(2048).contentType(contentType).eventTime(Instant.parse("2026-01-05T10:15:30Z")).build();
    }

    @Test
    void anImageGetsAThumbnailUnderItsWholeKey() throws Exception {
        new Thumbnails().handle(created("photos/cat 1.jpg", "image/jpeg"), test.context());
        assertEquals("INFO thumbnail of uploads/photos/cat 1.jpg goes to uploads/thumbnails/photos/cat 1.jpg.png",
                test.line());
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
        "photos/cat.jpg,  image/jpeg",
        "photos/cat.PNG,  NULL",               // no content type (S3): the extension decides
        "a.webp,          NULL",
        "scan,            image/tiff",         // the content type decides over a missing extension
    })
    void images(String key, String contentType) {
        assertNull(Thumbnails.skipReason(created(key, contentType)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "report.pdf               | application/pdf | not an image (application/pdf)",
        "report.pdf               | NULL            | not an image (no content type)",
        "photos.v2/readme         | NULL            | not an image (no content type)",
        "cat.jpg                  | text/plain      | not an image (text/plain)",
        "thumbnails/cat.jpg.png   | image/png       | it is a thumbnail",
    })
    void notImagesAndThumbnailsAreIgnored(String key, String contentType, String reason) throws Exception {
        assertEquals(reason, Thumbnails.skipReason(created(key, contentType)));
        new Thumbnails().handle(created(key, contentType), test.context());
        assertEquals("INFO no thumbnail for uploads/" + key + ": " + reason, test.line());
    }

    @Test
    void thumbnailsOfTwoFormatsOfOneNameDiffer() {
        assertEquals("thumbnails/cat.jpg.png", Thumbnails.thumbnailKey("cat.jpg"));
        assertEquals("thumbnails/cat.png.png", Thumbnails.thumbnailKey("cat.png"));
    }

    @Test
    void deletionsAreNotWantedAndAcknowledgedUnseen() {
        StorageEvent deleted = StorageEvent.builder().id("e-2").kind(StorageEvent.Kind.DELETED).bucket("uploads")
                .key("photos/cat.jpg").eventTime(Instant.parse("2026-01-05T10:15:30Z")).build();
        assertEquals(EventOutcome.ACKNOWLEDGED, Thumbnails_PortableFunction.FUNCTION.deliver(deleted, test.context()));
        // Only the runtime's line: the handler never ran.
        assertTrue(test.lines().stream().noneMatch(line -> line.contains("thumbnail of") || line.contains("no thumbnail")),
                test.lines()::toString);
    }
}
