package io.permitguide.ui.guide;

import io.permitguide.service.interview.ChineseParents;

import io.permitguide.model.FamilyCase;
import io.permitguide.model.Parent;
import io.permitguide.model.Passport;
import io.permitguide.model.TravelFrequency;
import io.permitguide.model.Whereabouts;
import io.permitguide.service.guidance.Assessment;
import io.permitguide.service.guidance.AssessmentText;
import io.permitguide.service.guidance.DocumentCode;
import io.permitguide.service.i18n.Messages;
import io.permitguide.service.timeline.ChinaDates;
import io.permitguide.service.validation.CaseField;
import io.permitguide.service.validation.CaseValidator;
import io.permitguide.ui.CaseContext;
import io.permitguide.ui.SectionController;
import io.permitguide.ui.form.FieldErrors;
import io.permitguide.ui.form.FormBinder;
import io.permitguide.ui.form.YesNo;
import io.permitguide.ui.interview.InterviewEvent;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The guidance interview (one topic per page) and its result, which is shown directly once the case answers enough. */
public final class GuideController implements SectionController, CaseContext.Listener {
    @FXML private VBox questions;
    @FXML private Label stepLabel;
    @FXML private GridPane nationalityPage;
    @FXML private GridPane residencePage;
    @FXML private GridPane tripPage;
    @FXML private ComboBox<String> birthCountry;
    @FXML private ComboBox<String> parent1Nationality;
    @FXML private ComboBox<String> parent2Nationality;
    @FXML private ComboBox<YesNo> sameNationalityAtBirth;
    @FXML private Label parent1NationalityAtBirthLabel;
    @FXML private VBox parent1NationalityAtBirthRow;
    @FXML private ComboBox<String> parent1NationalityAtBirth;
    @FXML private Label parent2NationalityAtBirthLabel;
    @FXML private VBox parent2NationalityAtBirthRow;
    @FXML private ComboBox<String> parent2NationalityAtBirth;
    @FXML private ComboBox<YesNo> chineseParentSettled;
    @FXML private ComboBox<String> passportCountry;
    @FXML private Label foreignNationalityAtBirthLabel;
    @FXML private VBox foreignNationalityAtBirthRow;
    @FXML private ComboBox<YesNo> foreignNationalityAtBirth;
    @FXML private ComboBox<YesNo> hasChinesePassport;
    @FXML private ComboBox<YesNo> hasTravelDocument;
    @FXML private ComboBox<YesNo> onHukou;
    @FXML private ComboBox<YesNo> nameMatches;
    @FXML private ComboBox<Whereabouts> whereabouts;
    @FXML private ComboBox<String> residenceCity;
    @FXML private ComboBox<String> countryAbroad;
    @FXML private Label hukouCityLabel;
    @FXML private VBox hukouCityRow;
    @FXML private ComboBox<String> hukouCity;
    @FXML private ComboBox<String> destination;
    @FXML private DatePicker departure;
    @FXML private DatePicker returnDate;
    @FXML private ComboBox<TravelFrequency> frequency;
    @FXML private Label birthCountryError;
    @FXML private Label parent1NationalityError;
    @FXML private Label parent2NationalityError;
    @FXML private Label whereaboutsError;
    @FXML private Label departureError;
    @FXML private Label returnDateError;
    @FXML private Button interviewButton;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private VBox resultPane;
    @FXML private VBox nextStepsBox;
    @FXML private VBox estimateBox;
    @FXML private Label documentLabel;
    @FXML private VBox reasonsBox;
    @FXML private VBox missingBox;
    @FXML private VBox alternativesBox;
    @FXML private VBox warningsBox;
    @FXML private VBox costBox;
    @FXML private VBox whereBox;
    @FXML private VBox sourcesBox;
    @FXML private Label assessedOnLabel;

    private final FieldErrors errors = new FieldErrors();
    private final Clock clock;
    private CaseContext context;
    private Messages messages;
    private FormBinder form;
    private List<GridPane> pages;
    private int page;

    public GuideController() {
        this(ChinaDates.systemClock());
    }

    GuideController(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void show(CaseContext context) {
        this.context = context;
        this.messages = context.messages();
        pages = List.of(nationalityPage, residencePage, tripPage);
        form = new FormBinder(messages, this::edited);
        bind(context.familyCase());
        errors.bind(CaseField.DEPARTURE, departureError);
        errors.bind(CaseField.RETURN_DATE, returnDateError);
        form.fill();
        showHukouCity();
        showNationalityAtBirth();
        showForeignNationalityAtBirth();
        Assessment assessment = assess();
        if (assessment.recommended() == DocumentCode.NO_CLEAR_PATH) {
            showPage(0);
        } else {
            showResult(assessment);
        }
    }

    @Override
    public void caseChanged(Object source) {
        form.fill();
        if (resultPane.isVisible()) {
            showResult(assess());
        }
    }

    private void bind(FamilyCase c) {
        Parent first = c.getParents().get(0);
        Parent second = c.getParents().get(1);
        form.country(birthCountry, c.getChild()::getBirthCountry, c.getChild()::setBirthCountry);
        form.country(parent1Nationality, first::getNationality, first::setNationality);
        form.country(parent2Nationality, second::getNationality, second::setNationality);
        // One answer for both parents; "no" opens a question on each parent's nationality at the birth.
        form.yesNo(sameNationalityAtBirth, () -> ChineseParents.all(c.getParents(), Parent::getSameNationalityAtChildBirth),
                v -> c.getParents().forEach(p -> p.setSameNationalityAtChildBirth(v)));
        form.country(parent1NationalityAtBirth, first::getNationalityAtChildBirth, first::setNationalityAtChildBirth);
        form.country(parent2NationalityAtBirth, second::getNationalityAtChildBirth, second::setNationalityAtChildBirth);
        sameNationalityAtBirth.valueProperty().addListener((obs, old, now) -> showNationalityAtBirth());
        // About every Chinese parent, whichever is listed first: either one settled abroad counts (notice 2204号).
        form.yesNo(chineseParentSettled, () -> ChineseParents.any(ChineseParents.of(c.getParents()), Parent::getSettledAbroadAtBirth),
                v -> ChineseParents.of(c.getParents()).forEach(p -> p.setSettledAbroadAtBirth(v)));
        form.country(passportCountry, () -> c.getChild().mainPassport().map(Passport::getCountry).orElse(""), v -> passport(c).setCountry(v));
        form.yesNo(foreignNationalityAtBirth, c.getChild()::getForeignNationalityAtBirth, c.getChild()::setForeignNationalityAtBirth);
        birthCountry.valueProperty().addListener((obs, old, now) -> showForeignNationalityAtBirth());
        form.yesNo(hasChinesePassport, c.getChild()::getHasChinesePassport, c.getChild()::setHasChinesePassport);
        form.yesNo(hasTravelDocument, c.getChild()::getHasTravelDocument, c.getChild()::setHasTravelDocument);
        form.yesNo(onHukou, c.getChild()::getOnHukou, c.getChild()::setOnHukou);
        form.yesNo(nameMatches, c.getChild()::getNameMatchesBirthCertificate, c.getChild()::setNameMatchesBirthCertificate);
        form.choice(whereabouts, Whereabouts.values(), c.getResidence()::getWhereabouts, c.getResidence()::setWhereabouts);
        form.city(residenceCity, c.getResidence()::getCity, c.getResidence()::setCity);
        form.country(countryAbroad, c.getResidence()::getCountryAbroad, c.getResidence()::setCountryAbroad);
        form.city(hukouCity, c.getChild()::getHukouCity, c.getChild()::setHukouCity);
        onHukou.valueProperty().addListener((obs, old, now) -> showHukouCity());
        form.country(destination, c.getTrip()::getDestinationCountry, c.getTrip()::setDestinationCountry);
        form.date(departure, departureError, c.getTrip()::getDepartureDate, c.getTrip()::setDepartureDate);
        form.date(returnDate, returnDateError, c.getTrip()::getReturnDate, c.getTrip()::setReturnDate);
        form.choice(frequency, TravelFrequency.values(), c.getTrip()::getFrequency, c.getTrip()::setFrequency);
    }

    private void showHukouCity() {
        boolean onAHukou = onHukou.getValue() == YesNo.YES;
        setShown(hukouCityLabel, onAHukou);
        setShown(hukouCityRow, onAHukou);
    }

    private void showNationalityAtBirth() {
        boolean different = sameNationalityAtBirth.getValue() == YesNo.NO;
        List.of(parent1NationalityAtBirthLabel, parent1NationalityAtBirthRow, parent2NationalityAtBirthLabel, parent2NationalityAtBirthRow)
                .forEach(node -> setShown(node, different));
    }

    private void showForeignNationalityAtBirth() {
        String born = birthCountry.getValue();
        boolean outsideMainland = born != null && !born.isBlank() && !"CN".equalsIgnoreCase(born);
        setShown(foreignNationalityAtBirthLabel, outsideMainland);
        setShown(foreignNationalityAtBirthRow, outsideMainland);
    }

    private static Passport passport(FamilyCase c) {
        if (c.getChild().getForeignPassports().isEmpty()) {
            c.getChild().getForeignPassports().add(new Passport());
        }
        return c.getChild().getForeignPassports().get(0);
    }

    private void edited() {
        errors.show(CaseValidator.validate(context.familyCase(), ChinaDates.today(clock)), messages);
        context.changed(this);
    }

    private Assessment assess() {
        return context.analysis(ChinaDates.today(clock)).assessment();
    }

    private void showPage(int index) {
        page = index;
        for (int i = 0; i < pages.size(); i++) {
            setShown(pages.get(i), i == index);
        }
        setShown(questions, true);
        setShown(resultPane, false);
        String[] titles = {"guide.page.nationality", "guide.page.residence", "guide.page.trip"};
        stepLabel.setText(messages.get("guide.step", index + 1, pages.size(), messages.get(titles[index])));
        backButton.setDisable(index == 0);
        focusFirst(pages.get(index));
    }

    @FXML
    void onBack() {
        if (page > 0) {
            showPage(page - 1);
        }
    }

    @FXML
    void onNext() {
        if (!requiredAnswered()) {
            return;
        }
        if (page < pages.size() - 1) {
            showPage(page + 1);
        } else {
            onShowResult();
        }
    }

    @FXML
    void onShowResult() {
        showResult(assess());
    }

    /** The same questions one at a time, in the window's interview. */
    @FXML
    void onInterview() {
        interviewButton.fireEvent(new InterviewEvent(InterviewEvent.OPEN));
    }

    /** The answer for the case as it stands, whatever page was shown: where the interview ends. */
    public void showAnswer() {
        showResult(assess());
    }

    @FXML
    void onRestart() {
        showPage(0);
    }

    /** The questions on this page that decide the document must be answered before moving on. */
    private boolean requiredAnswered() {
        Map<Control, Label> required = switch (page) {
            case 0 -> Map.of(birthCountry, birthCountryError, parent1Nationality, parent1NationalityError,
                    parent2Nationality, parent2NationalityError);
            case 1 -> Map.of(whereabouts, whereaboutsError);
            default -> Map.of();
        };
        boolean all = true;
        for (Map.Entry<Control, Label> entry : required.entrySet()) {
            Object value = ((ComboBox<?>) entry.getKey()).getValue();
            boolean missing = value == null || value == Whereabouts.UNKNOWN;
            entry.getValue().setText(missing ? messages.get("guide.required") : "");
            setShown(entry.getValue(), missing);
            all &= !missing;
        }
        return all;
    }

    private void showResult(Assessment a) {
        setShown(questions, false);
        setShown(resultPane, true);
        documentLabel.setText(AssessmentText.document(a, messages));
        List<String> warnings = AssessmentText.warnings(a, messages);
        fill(warningsBox, "guide.result.warnings", warnings.isEmpty() ? List.of(messages.get("guide.result.noWarnings")) : warnings,
                warnings.isEmpty() ? null : "guide-warning", false);
        fill(reasonsBox, "guide.result.reasons", AssessmentText.reasons(a, messages), null, false);
        fill(missingBox, "guide.result.missing", AssessmentText.missing(a, messages), null, false);
        fill(nextStepsBox, "guide.result.nextSteps", AssessmentText.nextSteps(a, messages), null, true);
        fill(estimateBox, "guide.result.estimateTitle", AssessmentText.estimateNote(a, messages), "timeline-note", false);
        fill(alternativesBox, "guide.result.alternatives", AssessmentText.alternatives(a, messages), null, false);
        fill(costBox, "guide.result.cost", AssessmentText.costLines(a, messages), null, false);
        fill(whereBox, "guide.result.where", AssessmentText.whereLines(a, messages), null, false);
        fill(sourcesBox, "guide.result.sources", AssessmentText.sources(a, messages), "timeline-note", false);
        assessedOnLabel.setText(messages.get("guide.result.assessedOn", a.assessedOn().toString()));
    }

    /** A titled list in {@code box}; numbered for steps to take in order, bulleted otherwise. */
    private void fill(VBox box, String titleKey, List<String> items, String itemStyle, boolean numbered) {
        box.getChildren().clear();
        if (items.isEmpty()) {
            setShown(box, false);
            return;
        }
        setShown(box, true);
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("subsection-title");
        box.getChildren().add(title);
        for (int i = 0; i < items.size(); i++) {
            Label line = new Label((numbered ? (i + 1) + ".  " : "•  ") + items.get(i));
            line.setWrapText(true);
            if (itemStyle != null) {
                line.getStyleClass().add(itemStyle);
            }
            box.getChildren().add(line);
        }
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static void focusFirst(GridPane grid) {
        grid.getChildren().stream().flatMap(n -> n instanceof VBox v ? v.getChildren().stream() : java.util.stream.Stream.of(n))
                .filter(n -> n instanceof Control && !(n instanceof Label)).findFirst().ifPresent(Node::requestFocus);
    }
}
