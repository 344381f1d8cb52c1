package io.permitguide.service.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Language;
import io.permitguide.service.analysis.CaseAnalyzer;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.timeline.TimelineChart;
import io.permitguide.service.timeline.TimelineChart.Mark;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** The chart on the packet's dates page: the same marks as the window's chart, in the packet's languages. */
class PacketTimelineChartTest {

    /** The text of one page, and apart from it the text set in the size of the chart's labels. */
    private record Page(String text, List<String> chartLabels) {
    }

    private static final class ChartText extends PDFTextStripper {
        private final List<String> labels = new ArrayList<>();

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (!positions.isEmpty() && Math.abs(positions.get(0).getFontSize() - PacketTimelineChart.LABEL_SIZE) < 0.01f) {
                labels.add(text.replaceAll("\\s+", ""));
            }
            super.writeString(text, positions);
        }
    }

    /** The page that has the dates heading (in the packet's first language). */
    private static Page datesPage(PacketInput input) throws IOException {
        String heading = Messages.of(input.language().languages().get(0)).get("packet.section.dates");
        try (PDDocument document = Loader.loadPDF(PacketPdf.toBytes(input, null))) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                ChartText stripper = new ChartText();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                if (text.contains(heading)) {
                    return new Page(text, stripper.labels);
                }
            }
        }
        throw new AssertionError("no page with " + heading);
    }

    @Test
    void theDatesPageShowsEveryMarkOfTheChartInBothLanguages() throws IOException {
        PacketInput input = PacketCases.usualInput(PacketLanguage.BOTH);
        TimelineChart chart = input.chart();
        assertFalse(chart.isEmpty());
        Page page = datesPage(input);

        assertEquals(5, chart.marks().size(), chart.marks().toString());
        for (Mark mark : chart.marks()) {
            for (Language language : Language.values()) {
                String label = Messages.of(language).get(mark.labelKey()).replaceAll("\\s+", "");
                assertTrue(page.chartLabels().contains(label), () -> label + " not in " + page.chartLabels());
            }
            assertTrue(page.chartLabels().contains(mark.date().toString()), () -> mark.date() + " not in " + page.chartLabels());
        }
        // Applied on 1 June 2026 and travelling 10 July to 20 August: no conflict, so nothing is flagged.
        assertTrue(page.chartLabels().contains("2026-07-10") && page.chartLabels().contains("2026-08-20"));
        assertTrue(page.chartLabels().stream().noneMatch(l -> l.startsWith("!")), page.chartLabels().toString());
    }

    @Test
    void aReturnAfterTheExpiryIsFlaggedOnThePage() throws IOException {
        FamilyCase c = PacketCases.usual();
        // Issued 2 February: valid 3 months in Beijing, until 1 May, long before the return on 20 August.
        c.getPermit().setIssueDate(LocalDate.of(2026, 2, 2));
        PacketInput input = CasePacket.of(CaseAnalyzer.of(c, PacketCases.TODAY), PacketLanguage.EN);
        Page page = datesPage(input);

        assertTrue(page.chartLabels().contains("!Return"), page.chartLabels().toString());
        assertTrue(page.chartLabels().contains("Expires") && page.chartLabels().contains("Issued"),
                page.chartLabels().toString());
        assertTrue(page.chartLabels().stream().noneMatch(l -> l.matches(".*\\p{IsHan}.*")),
                "an English packet draws English labels: " + page.chartLabels());
    }

    @Test
    void aCaseWithoutDatesDrawsNoChart() throws IOException {
        FamilyCase c = PacketCases.usual();
        c.getTrip().setDepartureDate(null);
        c.getTrip().setReturnDate(null);
        c.getApplication().setAppliedOn(null);
        PacketInput input = CasePacket.of(CaseAnalyzer.of(c, PacketCases.TODAY), PacketLanguage.BOTH);
        assertTrue(input.chart().isEmpty(), input.chart().marks().toString());
        assertTrue(datesPage(input).chartLabels().isEmpty());
    }
}
