package org.tutela.concern.chronology;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.tutela.school.School;

/**
 * The chronology as a PDF pack: a Thymeleaf template rendered as XHTML, laid out by openhtmltopdf. Text only (EVD-02):
 * the template has no images and every external resource is refused, so nothing sent into a case can pull one in.
 * Every page carries who exported it and when (ACC-14).
 */
@Component
class ChronologyPdf {

    static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WATERMARK_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(SCHOOL_TIME);

    /** Everything one export shows. */
    record Pack(School school, Chronology chronology, List<ChildProtectionTransfer> transfers, String exportedBy,
            Instant exportedAt, String purpose, String recipient) {

        String watermark() {
            return "Exported by " + exportedBy + " on " + WATERMARK_TIME.format(exportedAt) + " for " + recipient;
        }
    }

    /**
     * The PDF's built-in fonts cover Latin-1 only; names in other scripts would print as '#'. Where the system has
     * DejaVu Sans (Debian's fonts-dejavu-core), it is embedded instead.
     */
    static final java.nio.file.Path[] UNICODE_FONT = {
            java.nio.file.Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            java.nio.file.Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")};

    private static void useUnicodeFont(PdfRendererBuilder builder) {
        if (java.nio.file.Files.isReadable(UNICODE_FONT[0])) {
            builder.useFont(UNICODE_FONT[0].toFile(), "Tutela Sans", 400,
                    com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        if (java.nio.file.Files.isReadable(UNICODE_FONT[1])) {
            builder.useFont(UNICODE_FONT[1].toFile(), "Tutela Sans", 700,
                    com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true);
        }
    }

    private final ITemplateEngine templates;

    ChronologyPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(Pack pack) {
        var context = new Context(Locale.UK, Map.of("pack", pack, "watermark", pack.watermark()));
        var xhtml = templates.process(new TemplateSpec("concern/chronology-pdf", TemplateMode.XML), context);
        var pdf = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            useUnicodeFont(builder);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The chronology could not be laid out as a PDF", e);
        }
        return pdf.toByteArray();
    }
}
