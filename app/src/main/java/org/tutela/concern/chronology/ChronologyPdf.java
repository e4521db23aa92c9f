package org.tutela.concern.chronology;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;


import org.springframework.stereotype.Component;
import org.tutela.school.School;

/**
 * The chronology as a PDF pack: a Thymeleaf template rendered as XHTML, laid out by openhtmltopdf. Text only (EVD-02):
 * the template has no images and every external resource is refused, so nothing sent into a case can pull one in.
 * Every page carries who exported it and when (ACC-14).
 */
@Component
class ChronologyPdf {

    static final ZoneId SCHOOL_TIME = ZoneId.of("Europe/London");

    /** Everything one export shows. */
    record Pack(School school, Chronology chronology, List<ChildProtectionTransfer> transfers, String exportedBy,
            Instant exportedAt, String purpose, String recipient) {

        String watermark() {
            return org.tutela.concern.TextOnlyPdf.watermark(exportedBy, exportedAt, recipient);
        }
    }

    private final org.tutela.concern.TextOnlyPdf pdf;

    ChronologyPdf(org.tutela.concern.TextOnlyPdf pdf) {
        this.pdf = pdf;
    }

    byte[] render(Pack pack) {
        return pdf.render("concern/chronology-pdf", Map.of("pack", pack, "watermark", pack.watermark()));
    }
}
