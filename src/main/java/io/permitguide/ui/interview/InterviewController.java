package io.permitguide.ui.interview;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.TravelFrequency;
import io.permitguide.model.Whereabouts;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.interview.AnswerKind;
import io.permitguide.service.interview.InterviewPlan;
import io.permitguide.service.interview.InterviewProgress;
import io.permitguide.service.interview.Question;
import io.permitguide.service.timeline.ChinaDates;
import io.permitguide.service.validation.CaseField;
import io.permitguide.service.validation.CaseValidator;
import io.permitguide.ui.CaseContext;
import io.permitguide.ui.SectionController;
import io.permitguide.ui.form.FieldErrors;
import io.permitguide.ui.form.FormBinder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The interview: one question per screen, in the order {@link InterviewPlan} decides. The same few controls serve
 * every screen (bound once, to whichever question is shown), and every answer goes straight into the case field
 * the Details form shows. Enter is Next; the last Next asks the window for the Guide's answer.
 */
public final class InterviewController implements SectionController {
    @FXML private VBox page;
    @FXML private VBox screen;
    @FXML private ProgressBar progress;
    @FXML private Label questionNumber;
    @FXML private Label questionLabel;
    @FXML private Label whyLabel;
    @FXML private VBox countryPane;
    @FXML private Label firstCountryLabel;
    @FXML private ComboBox<String> firstCountry;
    @FXML private Label secondCountryLabel;
    @FXML private ComboBox<String> secondCountry;
    @FXML private VBox choicePane;
    @FXML private ToggleGroup choices;
    @FXML private RadioButton firstChoice;
    @FXML private RadioButton secondChoice;
    @FXML private RadioButton thirdChoice;
    @FXML private VBox cityPane;
    @FXML private ComboBox<String> city;
    @FXML private GridPane datesPane;
    @FXML private Label firstDateLabel;
    @FXML private DatePicker firstDate;
    @FXML private Label firstDateError;
    @FXML private Label secondDateLabel;
    @FXML private DatePicker secondDate;
    @FXML private Label secondDateError;
    @FXML private CheckBox dontKnow;
    @FXML private Label dontKnowHint;
    @FXML private Label requiredLabel;
    @FXML private Button interviewBack;
    @FXML private Button interviewNext;
    @FXML private Hyperlink toFormLink;

    private final Clock clock;
    private final FieldErrors errors = new FieldErrors();
    /** The screens shown before this one, for Back. */
    private final Deque<Question> history = new ArrayDeque<>();
    /** Questions answered "I don't know" in this interview. */
    private final Set<Question> notKnown = EnumSet.noneOf(Question.class);
    private CaseContext context;
    private Messages messages;
    private FamilyCase familyCase;
    private FormBinder form;
    private InterviewPlan plan;
    private Question current;
    private boolean showing;

    public InterviewController() {
        this(ChinaDates.systemClock());
    }

    InterviewController(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void show(CaseContext context) {
        this.context = context;
        this.messages = context.messages();
        this.familyCase = context.familyCase();
        this.plan = InterviewPlan.bundled(ChinaDates.today(clock));
        form = new FormBinder(messages, this::edited);
        form.country(firstCountry, text(0, AnswerKind.COUNTRY, AnswerKind.COUNTRY_PAIR), write(0, AnswerKind.COUNTRY, AnswerKind.COUNTRY_PAIR));
        form.country(secondCountry, text(1, AnswerKind.COUNTRY_PAIR), write(1, AnswerKind.COUNTRY_PAIR));
        form.city(city, text(0, AnswerKind.CITY), write(0, AnswerKind.CITY));
        form.date(firstDate, firstDateError, date(0), write(0, AnswerKind.DATE_RANGE));
        form.date(secondDate, secondDateError, date(1), write(1, AnswerKind.DATE_RANGE));
        errors.bind(CaseField.DEPARTURE, firstDateError);
        errors.bind(CaseField.RETURN_DATE, secondDateError);
        choices.selectedToggleProperty().addListener((obs, old, now) -> {
            if (!showing && now != null) {
                write(0, current.kind()).accept(now.getUserData());
                edited();
            }
        });
        // On the whole page: the link to the form sits under the card.
        page.addEventFilter(KeyEvent.KEY_PRESSED, this::onEnter);
        List<Question> ahead = plan.ahead(familyCase, null);
        ask(ahead.isEmpty() ? Question.values()[0] : ahead.get(0), Math.max(0, ahead.size() - 1));
    }

    /** The question on screen (for tests). */
    Question current() {
        return current;
    }

    /** Puts the cursor in the answer of the question shown. */
    public void focusAnswer() {
        answerControl().requestFocus();
    }

    /** Shows {@code question}, with {@code left} questions still to ask after it. */
    private void ask(Question question, int left) {
        current = question;
        AnswerKind kind = question.kind();
        String text = messages.get(question.textKey());
        showing = true;
        try {
            questionLabel.setText(text);
            whyLabel.setText(messages.get(question.whyKey()));
            boolean pair = kind == AnswerKind.COUNTRY_PAIR;
            setShown(countryPane, pair || kind == AnswerKind.COUNTRY);
            List.of(firstCountryLabel, secondCountryLabel, secondCountry).forEach(n -> setShown(n, pair));
            setShown(choicePane, kind == AnswerKind.YES_NO || kind == AnswerKind.WHEREABOUTS || kind == AnswerKind.FREQUENCY);
            setShown(cityPane, kind == AnswerKind.CITY);
            setShown(datesPane, kind == AnswerKind.DATE_RANGE);
            // Hidden controls are named too: a screen reader may still list them.
            List.of(firstCountry, secondCountry, city, firstDate, secondDate).forEach(control -> control.setAccessibleText(text));
            if (pair) {
                label(firstCountryLabel, firstCountry, messages.get(question.slotKey(0)));
                label(secondCountryLabel, secondCountry, messages.get(question.slotKey(1)));
            } else if (kind == AnswerKind.DATE_RANGE) {
                label(firstDateLabel, firstDate, messages.get(question.slotKey(0)));
                label(secondDateLabel, secondDate, messages.get(question.slotKey(1)));
            }
            offerChoices(kind, text);
            form.fill();
            Object chosen = kind == AnswerKind.YES_NO || kind == AnswerKind.WHEREABOUTS || kind == AnswerKind.FREQUENCY
                    ? question.slot(0).get(familyCase) : null;
            choices.selectToggle(choices.getToggles().stream().filter(t -> chosen != null && chosen.equals(t.getUserData()))
                    .findFirst().orElse(null));
            dontKnow.setText(messages.has(question.dontKnowKey()) ? messages.get(question.dontKnowKey()) : messages.get("interview.dontKnow"));
            dontKnow.setSelected(notKnown.contains(question));
            setShown(dontKnowHint, dontKnow.isSelected());
            setShown(requiredLabel, false);
            errors.show(CaseValidator.validate(familyCase, ChinaDates.today(clock)), messages);
        } finally {
            showing = false;
        }
        InterviewProgress counted = plan.progress(familyCase, question, history.size() + 1);
        progress.setProgress(counted.fraction());
        questionNumber.setText(messages.get("interview.progress", counted.position(), counted.total()));
        interviewBack.setDisable(history.isEmpty());
        interviewNext.setText(messages.get(left == 0 ? "interview.finish" : "interview.next"));
        focusAnswer();
    }

    /** The radio buttons of a choice question: yes/no, where the family is, or how often the child travels. */
    private void offerChoices(AnswerKind kind, String question) {
        List<Object> values = switch (kind) {
            case YES_NO -> List.of(Boolean.TRUE, Boolean.FALSE);
            case WHEREABOUTS -> List.of(Whereabouts.IN_MAINLAND, Whereabouts.ABROAD);
            case FREQUENCY -> List.of(TravelFrequency.values());
            default -> List.of();
        };
        List<RadioButton> buttons = List.of(firstChoice, secondChoice, thirdChoice);
        for (int i = 0; i < buttons.size(); i++) {
            RadioButton button = buttons.get(i);
            boolean used = i < values.size();
            setShown(button, used);
            button.setUserData(used ? values.get(i) : null);
            Object value = used ? values.get(i) : null;
            button.setText(value == null ? "" : value instanceof Boolean yes ? messages.get(yes ? "choice.yes" : "choice.no") : messages.of((Enum<?>) value));
            button.setAccessibleText(used ? button.getText() : question);
        }
    }

    private Node answerControl() {
        return switch (current.kind()) {
            case COUNTRY, COUNTRY_PAIR -> firstCountry;
            case CITY -> city;
            case DATE_RANGE -> firstDate;
            default -> choices.getSelectedToggle() instanceof RadioButton selected ? selected : firstChoice;
        };
    }

    /**
     * Enter is Next from any answer control (radio buttons and check boxes would otherwise swallow it), except in an
     * open list, which it closes with the choice; on Back or the link it does what they say.
     */
    private void onEnter(KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER || showingPopup(event.getTarget())) {
            return;
        }
        if (event.getTarget() instanceof ButtonBase button && !(button instanceof CheckBox) && !(button instanceof RadioButton)) {
            button.fire();
        } else {
            onNext();
        }
        event.consume();
    }

    private static boolean showingPopup(Object target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof ComboBoxBase<?> box) {
                return box.isShowing();
            }
        }
        return false;
    }

    @FXML
    void onNext() {
        if (form.hasUnreadableDate()) {
            focusAnswer();
            return;
        }
        if (!current.answered(familyCase) && !dontKnow.isSelected()) {
            setShown(requiredLabel, true);
            focusAnswer();
            return;
        }
        List<Question> ahead = plan.ahead(familyCase, current);
        if (ahead.isEmpty()) {
            screen.fireEvent(new InterviewEvent(InterviewEvent.FINISHED));
            return;
        }
        history.push(current);
        ask(ahead.get(0), ahead.size() - 1);
    }

    @FXML
    void onBack() {
        if (!history.isEmpty()) {
            Question previous = history.pop();
            ask(previous, plan.ahead(familyCase, previous).size());
        }
    }

    @FXML
    void onDontKnow() {
        boolean unknown = dontKnow.isSelected();
        setShown(dontKnowHint, unknown);
        if (!unknown) {
            notKnown.remove(current);
            return;
        }
        notKnown.add(current);
        setShown(requiredLabel, false);
        current.clear(familyCase);
        showing = true;
        try {
            form.fill();
            choices.selectToggle(null);
        } finally {
            showing = false;
        }
        edited();
    }

    @FXML
    void onToForm() {
        screen.fireEvent(new InterviewEvent(InterviewEvent.TO_FORM));
    }

    private void edited() {
        errors.show(CaseValidator.validate(familyCase, ChinaDates.today(clock)), messages);
        context.changed(this);
    }

    /** The shown question's slot {@code index} as text, when the question is of one of {@code kinds}. */
    private Supplier<String> text(int index, AnswerKind... kinds) {
        return () -> is(kinds) ? current.<String>slot(index).get(familyCase) : null;
    }

    private Supplier<LocalDate> date(int index) {
        return () -> is(AnswerKind.DATE_RANGE) ? current.<LocalDate>slot(index).get(familyCase) : null;
    }

    /** Writes an answer into the shown question's slot; an answer given takes back "I don't know". */
    private <T> Consumer<T> write(int index, AnswerKind... kinds) {
        return value -> {
            if (!is(kinds)) {
                return;
            }
            current.<T>slot(index).set(familyCase, value);
            if (current.answered(familyCase) && notKnown.remove(current)) {
                dontKnow.setSelected(false);
                setShown(dontKnowHint, false);
            }
            setShown(requiredLabel, false);
        };
    }

    private boolean is(AnswerKind... kinds) {
        return current != null && List.of(kinds).contains(current.kind());
    }

    private static void label(Label label, Node control, String text) {
        label.setText(text);
        control.setAccessibleText(text);
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
