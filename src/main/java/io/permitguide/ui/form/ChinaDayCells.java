package io.permitguide.ui.form;

import io.permitguide.service.timeline.ChinaDates;
import java.time.Clock;
import java.time.LocalDate;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;

/**
 * Marks China's today in a date picker's calendar. The picker's own mark follows the computer's time zone, which
 * for a family in Europe or America is a day behind Beijing for part of each day, and permit dates are Beijing dates.
 */
public final class ChinaDayCells {
    static final String TODAY = "today";

    private ChinaDayCells() {
    }

    public static void apply(DatePicker picker, Clock clock) {
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                getStyleClass().remove(TODAY);
                if (!empty && date != null && date.equals(ChinaDates.today(clock))) {
                    getStyleClass().add(TODAY);
                }
            }
        });
    }
}
