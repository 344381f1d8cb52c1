package io.permitguide.service.packet;

import io.permitguide.model.ApplicationType;
import io.permitguide.model.CustomItem;
import io.permitguide.model.FamilyCase;
import io.permitguide.model.ItemState;
import io.permitguide.model.Parent;
import io.permitguide.model.ParentRole;
import io.permitguide.model.Passport;
import io.permitguide.model.Sex;
import io.permitguide.model.TripPurpose;
import io.permitguide.service.analysis.CaseAnalyzer;
import java.time.LocalDate;
import java.util.List;

/** Cases and packet inputs the packet tests, the CLI tests and the benchmark share. */
public final class PacketCases {
    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private PacketCases() {
    }

    /** A mixed family in Beijing: US passport child, Chinese mother, American father, trip in summer. */
    public static FamilyCase usual() {
        FamilyCase c = new FamilyCase();
        c.getChild().setFamilyName("MILLER");
        c.getChild().setGivenNames("Mia Rose");
        c.getChild().setChineseName("米雅");
        c.getChild().setSex(Sex.FEMALE);
        c.getChild().setBirthDate(LocalDate.of(2024, 5, 17));
        c.getChild().setBirthCountry("CN");
        c.getChild().setBirthPlace("Beijing");
        c.getChild().setEthnicity("汉族");
        c.getChild().getForeignPassports().add(new Passport("US", "A12345678", LocalDate.of(2029, 6, 30)));
        c.getChild().setHasChinesePassport(false);
        c.getChild().setOnHukou(false);
        c.getChild().setNameMatchesBirthCertificate(true);
        c.getChild().setHadPermitBefore(false);
        Parent mother = c.getParents().get(0);
        mother.setRole(ParentRole.MOTHER);
        mother.setFamilyName("WANG");
        mother.setGivenNames("Li");
        mother.setChineseName("王丽");
        mother.setNationality("CN");
        mother.setChineseIdNumber("11010519880101002X");
        mother.setHukouCity("北京");
        mother.setSettledAbroadAtBirth(false);
        mother.setSameNationalityAtChildBirth(true);
        mother.setPhone("+86 138 0013 8000");
        Parent father = c.getParents().get(1);
        father.setRole(ParentRole.FATHER);
        father.setFamilyName("MILLER");
        father.setGivenNames("James");
        father.setNationality("US");
        father.setSameNationalityAtChildBirth(true);
        father.setPassportNumber("B98765432");
        father.setPhone("+86 139 0000 1111");
        c.getResidence().setCity("beijing");
        c.getResidence().setWhereabouts(io.permitguide.model.Whereabouts.IN_MAINLAND);
        c.getTrip().setFrequency(io.permitguide.model.TravelFrequency.ONCE);
        c.getResidence().setAddress("朝阳区建国路88号3号楼1201室");
        c.getResidence().setPhone("+86 10 6500 0000");
        c.getResidence().setEmergencyContactName("王建国");
        c.getResidence().setEmergencyContactPhone("+86 137 1234 5678");
        c.getResidence().setEmergencyContactRelation("外祖父 (grandfather)");
        c.getTrip().setDestinationCountry("US");
        c.getTrip().setDepartureDate(LocalDate.of(2026, 7, 10));
        c.getTrip().setReturnDate(LocalDate.of(2026, 8, 20));
        c.getTrip().setPurpose(TripPurpose.VISIT_FAMILY);
        c.getApplication().setType(ApplicationType.FIRST);
        c.getApplication().setAppliedOn(LocalDate.of(2026, 6, 1));
        CustomItem letter = new CustomItem();
        letter.setLabel("Letter from the kindergarten");
        letter.setState(ItemState.HAVE);
        letter.setNote("Stamped copy");
        c.getChecklist().getCustomItems().add(letter);
        return c;
    }

    /** The usual case with a checklist and guidance as the other features will hand them over. */
    public static PacketInput usualInput(PacketLanguage language) {
        return CasePacket.of(CaseAnalyzer.of(usual(), TODAY), language)
                .withChecklist(checklist())
                .withGuidance(guidance());
    }

    public static List<PacketCheckItem> checklist() {
        return List.of(
                new PacketCheckItem("Application form", "申请表", false, true, ""),
                new PacketCheckItem("Child's foreign passport", "儿童外国护照", true, true, "Photo page and the page with the China visa or stamp"),
                new PacketCheckItem("Birth certificate (Chinese hospital)", "出生医学证明", true, false, ""),
                new PacketCheckItem("Parents' marriage certificate", "父母结婚证", true, false, "Foreign marriage: certified translation"),
                new PacketCheckItem("Chinese parent's ID card and hukou booklet", "中国籍父母身份证和户口簿", true, true, ""),
                new PacketCheckItem("Foreign parent's passport and residence permit", "外籍父母护照及居留许可", true, false, ""));
    }

    public static PacketGuidance guidance() {
        return new PacketGuidance("Entry-Exit Permit of the People's Republic of China", "中华人民共和国出入境通行证",
                List.of(new BilingualText("The child was born in China to a Chinese mother and holds a foreign passport.",
                        "孩子在中国出生，母亲为中国公民，孩子持有外国护照。")),
                List.of(new BilingualText("Apply at the Exit-Entry bureau by 2026-06-01.", "最晚于 2026-06-01 提交申请。")),
                List.of(new BilingualText("Bring the originals: the bureau will not accept copies alone.",
                        "请携带原件：仅有复印件不予受理。")),
                List.of(new PacketSource("Ministry of Public Security: permit rules", "公安部出入境通行证签发管理工作规范",
                        "art. 16", "第十六条", "2007", LocalDate.of(2025, 11, 1))));
    }
}
