package io.permitguide.ui;

import io.permitguide.model.FamilyCase;
import io.permitguide.service.analysis.CaseAnalysis;
import io.permitguide.service.i18n.Messages;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** A case in the list: its name and, below, where it stands. */
final class CaseListCell extends ListCell<FamilyCase> {
    private final Messages messages;
    private final Function<FamilyCase, CaseAnalysis> analyses;
    private final Label title = new Label();
    private final Label status = new Label();
    private final VBox box = new VBox(2, title, status);
    private final Tooltip fullText = new Tooltip();

    CaseListCell(Messages messages, Function<FamilyCase, CaseAnalysis> analyses) {
        this.messages = messages;
        this.analyses = analyses;
        title.getStyleClass().add("case-cell-title");
        status.getStyleClass().add("case-cell-status");
        // As wide as the list, never wider: a long name or status ends in "…" (the tooltip has it whole) instead of
        // scrolling the list sideways.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(FamilyCase item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            setTooltip(null);
            return;
        }
        title.setText(CaseNames.display(item, messages));
        CaseListStatus.Line line = CaseListStatus.of(analyses.apply(item), messages);
        status.setText(line.text());
        status.getStyleClass().removeIf(s -> s.startsWith("status-"));
        status.getStyleClass().add(line.styleClass());
        setGraphic(box);
        setAccessibleText(title.getText() + ", " + status.getText());
        fullText.setText(title.getText() + "\n" + status.getText());
        setTooltip(fullText);
    }
}
