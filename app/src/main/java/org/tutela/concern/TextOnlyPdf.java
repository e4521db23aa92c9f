package org.tutela.concern;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Case documents as PDF: a Thymeleaf template rendered as XHTML and laid out by openhtmltopdf. Text only (EVD-02):
 * every external resource is refused, so nothing written into a case can pull an image in. The built-in PDF fonts
 * cover Latin-1 only; where the system has DejaVu Sans (Debian's fonts-dejavu-core) it is embedded instead, so names
 * in any script print.
 */
@Component
public class TextOnlyPdf {

    static final Path[] UNICODE_FONT = {
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")};

    private static final java.time.format.DateTimeFormatter WATERMARK_TIME = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(java.time.ZoneId.of("Europe/London"));

    private final ITemplateEngine templates;

    TextOnlyPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** What every page of an exported case document says (ACC-14): who exported it, when, and for whom. */
    public static String watermark(String exportedBy, java.time.Instant at, String recipient) {
        return "Exported by " + exportedBy + " on " + WATERMARK_TIME.format(at) + " for " + recipient;
    }

    public byte[] render(String template, Map<String, Object> model) {
        var xhtml = templates.process(new TemplateSpec(template, TemplateMode.XML), new Context(Locale.UK, model));
        var pdf = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            if (Files.isReadable(UNICODE_FONT[0])) {
                builder.useFont(UNICODE_FONT[0].toFile(), "Tutela Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            if (Files.isReadable(UNICODE_FONT[1])) {
                builder.useFont(UNICODE_FONT[1].toFile(), "Tutela Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The document could not be laid out as a PDF", e);
        }
        return pdf.toByteArray();
    }
}
