package io.permitguide.ui.details;

import io.permitguide.model.ApplicationType;
import io.permitguide.model.Child;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.MarriagePlace;
import io.permitguide.model.Parent;
import io.permitguide.model.ParentRole;
import io.permitguide.model.Passport;
import io.permitguide.model.Residence;
import io.permitguide.model.Sex;
import io.permitguide.model.TravelFrequency;
import io.permitguide.model.TripPurpose;
import io.permitguide.model.Whereabouts;
import io.permitguide.service.validation.CaseField;
import io.permitguide.service.validation.CaseValidator;
import io.permitguide.ui.CaseContext;
import io.permitguide.service.timeline.ChinaDates;
import io.permitguide.ui.FirstFrame;
import io.permitguide.ui.SectionController;
import io.permitguide.ui.Views;
import io.permitguide.ui.form.FieldErrors;
import io.permitguide.ui.form.FormBinder;
import io.permitguide.ui.form.YesNo;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The case's facts as one form. Each edit goes straight into the case, which the main window saves. The child's part
 * comes with the view; the later parts are loaded in the background and added below it one per frame, so the section
 * is drawn about as soon as a short form would be.
 */
public final class DetailsController implements SectionController, CaseContext.Listener {
    /** A part after the child's: its view (resources/fxml) and what ties its fields to the case. */
    private record LaterPart(String view, BiConsumer<DetailsController, FamilyCase> bind) {
    }

    /** In the order they are added. */
    private static final List<LaterPart> LATER_PARTS = List.of(
            new LaterPart("details/Parents", DetailsController::bindParents),
            new LaterPart("details/Household", DetailsController::bindHousehold));

    @FXML private VBox content;
    @FXML private TextField childFamilyName;
    @FXML private TextField childGivenNames;
    @FXML private TextField childChineseName;
    @FXML private ComboBox<Sex> childSex;
    @FXML private DatePicker childBirthDate;
    @FXML private ComboBox<String> childBirthCountry;
    @FXML private TextField childBirthPlace;
    @FXML private TextField childEthnicity;
    @FXML private ComboBox<String> passportCountry;
    @FXML private TextField passportNumber;
    @FXML private DatePicker passportExpiry;
    @FXML private ComboBox<String> otherPassportCountry;
    @FXML private ComboBox<YesNo> foreignNationalityAtBirth;
    @FXML private ComboBox<YesNo> nameMatches;
    @FXML private ComboBox<YesNo> hasChinesePassport;
    @FXML private ComboBox<YesNo> onHukou;
    @FXML private TextField childHukouCity;
    @FXML private TextField childChineseId;
    @FXML private ComboBox<YesNo> hadPermitBefore;
    @FXML private ComboBox<ParentRole> parent1Role;
    @FXML private TextField parent1FamilyName;
    @FXML private TextField parent1GivenNames;
    @FXML private TextField parent1ChineseName;
    @FXML private ComboBox<String> parent1Nationality;
    @FXML private ComboBox<YesNo> parent1SameNationalityAtBirth;
    @FXML private ComboBox<String> parent1NationalityAtBirth;
    @FXML private TextField parent1PassportNumber;
    @FXML private TextField parent1ChineseId;
    @FXML private TextField parent1HukouCity;
    @FXML private TextField parent1Phone;
    @FXML private ComboBox<YesNo> parent1SettledAbroad;
    @FXML private ComboBox<YesNo> parent1ResidencePermit;
    @FXML private ComboBox<ParentRole> parent2Role;
    @FXML private TextField parent2FamilyName;
    @FXML private TextField parent2GivenNames;
    @FXML private TextField parent2ChineseName;
    @FXML private ComboBox<String> parent2Nationality;
    @FXML private ComboBox<YesNo> parent2SameNationalityAtBirth;
    @FXML private ComboBox<String> parent2NationalityAtBirth;
    @FXML private TextField parent2PassportNumber;
    @FXML private TextField parent2ChineseId;
    @FXML private TextField parent2HukouCity;
    @FXML private TextField parent2Phone;
    @FXML private ComboBox<YesNo> parent2SettledAbroad;
    @FXML private ComboBox<YesNo> parent2ResidencePermit;
    @FXML private ComboBox<Whereabouts> whereabouts;
    @FXML private ComboBox<String> residenceCity;
    @FXML private ComboBox<String> countryAbroad;
    @FXML private TextField address;
    @FXML private TextField phone;
    @FXML private ComboBox<MarriagePlace> marriage;
    @FXML private ComboBox<String> marriageCountry;
    @FXML private TextField emergencyName;
    @FXML private TextField emergencyPhone;
    @FXML private TextField emergencyRelation;
    @FXML private ComboBox<String> destination;
    @FXML private DatePicker departure;
    @FXML private DatePicker returnDate;
    @FXML private ComboBox<TravelFrequency> frequency;
    @FXML private ComboBox<TripPurpose> purpose;
    @FXML private ComboBox<ApplicationType> applicationType;
    @FXML private ComboBox<String> applicationCity;
    @FXML private TextField permitNumber;
    @FXML private CheckBox multipleEntry;
    @FXML private TextArea notes;

    @FXML private Label childFamilyNameError;
    @FXML private Label childGivenNamesError;
    @FXML private Label childChineseNameError;
    @FXML private Label childBirthDateError;
    @FXML private Label childChineseIdError;
    @FXML private Label passportNumberError;
    @FXML private Label passportExpiryError;
    @FXML private Label parent1FamilyNameError;
    @FXML private Label parent1GivenNamesError;
    @FXML private Label parent1ChineseNameError;
    @FXML private Label parent1PassportNumberError;
    @FXML private Label parent1ChineseIdError;
    @FXML private Label parent1PhoneError;
    @FXML private Label parent2FamilyNameError;
    @FXML private Label parent2GivenNamesError;
    @FXML private Label parent2ChineseNameError;
    @FXML private Label parent2PassportNumberError;
    @FXML private Label parent2ChineseIdError;
    @FXML private Label parent2PhoneError;
    @FXML private Label phoneError;
    @FXML private Label emergencyPhoneError;
    @FXML private Label departureError;
    @FXML private Label returnDateError;
    @FXML private Label permitNumberError;

    private final FieldErrors errors = new FieldErrors();
    private CaseContext context;
    private FormBinder form;
    private volatile int partsAdded; // read by tests on their own thread

    @Override
    public void show(CaseContext context) {
        this.context = context;
        form = new FormBinder(context.messages(), this::edited);
        bindChild(context.familyCase());
        form.fill();
        validate();
        addLaterParts(0);
    }

    /** True once every part of the form is in the view and bound to the case. */
    public boolean complete() {
        return partsAdded == LATER_PARTS.size();
    }

    private void addLaterParts(int index) {
        if (index == LATER_PARTS.size()) {
            return;
        }
        LaterPart later = LATER_PARTS.get(index);
        FirstFrame.afterNextFrame(content, () -> Views.loadInBackground(later.view(), context.messages(), this,
                part -> add(later, part, index),
                () -> add(later, Views.load(later.view(), context.messages(), this), index)));
    }

    private void add(LaterPart later, Views.Loaded<DetailsController> part, int index) {
        content.getChildren().add(part.root());
        later.bind().accept(this, context.familyCase());
        form.fill();
        validate();
        partsAdded++;
        addLaterParts(index + 1);
    }

    private void bindParents(FamilyCase familyCase) {
        bindParent(familyCase.getParents().get(0), parent1Role, parent1FamilyName, parent1GivenNames, parent1ChineseName,
                parent1Nationality, parent1PassportNumber, parent1ChineseId, parent1HukouCity, parent1Phone, parent1SettledAbroad,
                parent1ResidencePermit);
        bindNationalityAtBirth(familyCase.getParents().get(0), parent1SameNationalityAtBirth, parent1NationalityAtBirth);
        bindParent(familyCase.getParents().get(1), parent2Role, parent2FamilyName, parent2GivenNames, parent2ChineseName,
                parent2Nationality, parent2PassportNumber, parent2ChineseId, parent2HukouCity, parent2Phone, parent2SettledAbroad,
                parent2ResidencePermit);
        bindNationalityAtBirth(familyCase.getParents().get(1), parent2SameNationalityAtBirth, parent2NationalityAtBirth);
        errors.bind(CaseField.PARENT1_FAMILY_NAME, parent1FamilyNameError);
        errors.bind(CaseField.PARENT1_GIVEN_NAMES, parent1GivenNamesError);
        errors.bind(CaseField.PARENT1_CHINESE_NAME, parent1ChineseNameError);
        errors.bind(CaseField.PARENT1_PASSPORT_NUMBER, parent1PassportNumberError);
        errors.bind(CaseField.PARENT1_CHINESE_ID, parent1ChineseIdError);
        errors.bind(CaseField.PARENT1_PHONE, parent1PhoneError);
        errors.bind(CaseField.PARENT2_FAMILY_NAME, parent2FamilyNameError);
        errors.bind(CaseField.PARENT2_GIVEN_NAMES, parent2GivenNamesError);
        errors.bind(CaseField.PARENT2_CHINESE_NAME, parent2ChineseNameError);
        errors.bind(CaseField.PARENT2_PASSPORT_NUMBER, parent2PassportNumberError);
        errors.bind(CaseField.PARENT2_CHINESE_ID, parent2ChineseIdError);
        errors.bind(CaseField.PARENT2_PHONE, parent2PhoneError);
    }

    private void bindHousehold(FamilyCase familyCase) {
        bindFamily(familyCase);
        bindTripAndPermit(familyCase);
        errors.bind(CaseField.PHONE, phoneError);
        errors.bind(CaseField.EMERGENCY_PHONE, emergencyPhoneError);
        errors.bind(CaseField.DEPARTURE, departureError);
        errors.bind(CaseField.RETURN_DATE, returnDateError);
        errors.bind(CaseField.PERMIT_NUMBER, permitNumberError);
    }

    @Override
    public void caseChanged(Object source) {
        form.fill();
        validate();
    }

    private void edited() {
        validate();
        context.changed(this);
    }

    private void validate() {
        errors.show(CaseValidator.validate(context.familyCase(), ChinaDates.today(ChinaDates.systemClock())), context.messages());
    }

    private void bindChild(FamilyCase familyCase) {
        Child child = familyCase.getChild();
        form.text(childFamilyName, child::getFamilyName, child::setFamilyName);
        form.text(childGivenNames, child::getGivenNames, child::setGivenNames);
        form.text(childChineseName, child::getChineseName, child::setChineseName);
        form.choice(childSex, Sex.values(), child::getSex, child::setSex);
        form.date(childBirthDate, childBirthDateError, child::getBirthDate, child::setBirthDate);
        form.country(childBirthCountry, child::getBirthCountry, child::setBirthCountry);
        form.text(childBirthPlace, child::getBirthPlace, child::setBirthPlace);
        form.text(childEthnicity, child::getEthnicity, child::setEthnicity);
        form.country(passportCountry, () -> child.mainPassport().map(Passport::getCountry).orElse(""), v -> passport(child).setCountry(v));
        form.text(passportNumber, () -> child.mainPassport().map(Passport::getNumber).orElse(""), v -> passport(child).setNumber(v));
        form.date(passportExpiry, passportExpiryError, () -> child.mainPassport().map(Passport::getExpiryDate).orElse(null),
                v -> passport(child).setExpiryDate(v));
        // Every foreign passport counts for the guidance; the form offers a second one's country.
        form.country(otherPassportCountry, () -> child.getForeignPassports().size() > 1 ? child.getForeignPassports().get(1).getCountry() : "",
                v -> secondPassport(child).setCountry(v));
        form.yesNo(foreignNationalityAtBirth, child::getForeignNationalityAtBirth, child::setForeignNationalityAtBirth);
        form.yesNo(nameMatches, child::getNameMatchesBirthCertificate, child::setNameMatchesBirthCertificate);
        form.yesNo(hasChinesePassport, child::getHasChinesePassport, child::setHasChinesePassport);
        form.yesNo(onHukou, child::getOnHukou, child::setOnHukou);
        form.text(childHukouCity, child::getHukouCity, child::setHukouCity);
        form.text(childChineseId, child::getChineseIdNumber, child::setChineseIdNumber);
        form.yesNo(hadPermitBefore, child::getHadPermitBefore, child::setHadPermitBefore);
        errors.bind(CaseField.CHILD_FAMILY_NAME, childFamilyNameError);
        errors.bind(CaseField.CHILD_GIVEN_NAMES, childGivenNamesError);
        errors.bind(CaseField.CHILD_CHINESE_NAME, childChineseNameError);
        errors.bind(CaseField.CHILD_BIRTH_DATE, childBirthDateError);
        errors.bind(CaseField.CHILD_CHINESE_ID, childChineseIdError);
        errors.bind(CaseField.PASSPORT_NUMBER, passportNumberError);
        errors.bind(CaseField.PASSPORT_EXPIRY, passportExpiryError);
    }

    /** The passport the family travels on, created the first time the user types into its fields. */
    private static Passport passport(Child child) {
        if (child.getForeignPassports().isEmpty()) {
            child.getForeignPassports().add(new Passport());
        }
        return child.getForeignPassports().get(0);
    }

    /** The second foreign passport, created (after the first) the first time its country is chosen. */
    private static Passport secondPassport(Child child) {
        passport(child);
        if (child.getForeignPassports().size() < 2) {
            child.getForeignPassports().add(new Passport());
        }
        return child.getForeignPassports().get(1);
    }

    /** The nationality at the child's birth, which Nationality Law arts. 4-5 look at: the same as today, or another. */
    private void bindNationalityAtBirth(Parent parent, ComboBox<YesNo> same, ComboBox<String> atBirth) {
        form.yesNo(same, parent::getSameNationalityAtChildBirth, parent::setSameNationalityAtChildBirth);
        form.country(atBirth, parent::getNationalityAtChildBirth, parent::setNationalityAtChildBirth);
    }

    private void bindParent(Parent parent, ComboBox<ParentRole> role, TextField familyName, TextField givenNames, TextField chineseName,
            ComboBox<String> nationality, TextField passport, TextField chineseId, TextField hukouCity, TextField parentPhone,
            ComboBox<YesNo> settledAbroad, ComboBox<YesNo> residencePermit) {
        form.choice(role, ParentRole.values(), parent::getRole, parent::setRole);
        form.text(familyName, parent::getFamilyName, parent::setFamilyName);
        form.text(givenNames, parent::getGivenNames, parent::setGivenNames);
        form.text(chineseName, parent::getChineseName, parent::setChineseName);
        form.country(nationality, parent::getNationality, parent::setNationality);
        form.text(passport, parent::getPassportNumber, parent::setPassportNumber);
        form.text(chineseId, parent::getChineseIdNumber, parent::setChineseIdNumber);
        form.text(hukouCity, parent::getHukouCity, parent::setHukouCity);
        form.text(parentPhone, parent::getPhone, parent::setPhone);
        form.yesNo(settledAbroad, parent::getSettledAbroadAtBirth, parent::setSettledAbroadAtBirth);
        form.yesNo(residencePermit, parent::getHasLocalResidencePermit, parent::setHasLocalResidencePermit);
    }

    private void bindFamily(FamilyCase familyCase) {
        Residence residence = familyCase.getResidence();
        form.choice(whereabouts, Whereabouts.values(), residence::getWhereabouts, residence::setWhereabouts);
        form.city(residenceCity, residence::getCity, residence::setCity);
        form.country(countryAbroad, residence::getCountryAbroad, residence::setCountryAbroad);
        form.text(address, residence::getAddress, residence::setAddress);
        form.text(phone, residence::getPhone, residence::setPhone);
        form.choice(marriage, MarriagePlace.values(), familyCase::getMarriage, familyCase::setMarriage);
        form.country(marriageCountry, familyCase::getMarriageCountry, familyCase::setMarriageCountry);
        form.text(emergencyName, residence::getEmergencyContactName, residence::setEmergencyContactName);
        form.text(emergencyPhone, residence::getEmergencyContactPhone, residence::setEmergencyContactPhone);
        form.text(emergencyRelation, residence::getEmergencyContactRelation, residence::setEmergencyContactRelation);
    }

    private void bindTripAndPermit(FamilyCase familyCase) {
        var trip = familyCase.getTrip();
        form.country(destination, trip::getDestinationCountry, trip::setDestinationCountry);
        form.date(departure, departureError, trip::getDepartureDate, trip::setDepartureDate);
        form.date(returnDate, returnDateError, trip::getReturnDate, trip::setReturnDate);
        form.choice(frequency, TravelFrequency.values(), trip::getFrequency, trip::setFrequency);
        form.choice(purpose, TripPurpose.values(), trip::getPurpose, trip::setPurpose);
        var application = familyCase.getApplication();
        form.choice(applicationType, ApplicationType.values(), application::getType, application::setType);
        form.city(applicationCity, application::getCity, application::setCity);
        var permit = familyCase.getPermit();
        form.text(permitNumber, permit::getNumber, permit::setNumber);
        form.check(multipleEntry, permit::isMultipleEntry, permit::setMultipleEntry);
        form.text(notes, familyCase::getNotes, familyCase::setNotes);
    }
}
