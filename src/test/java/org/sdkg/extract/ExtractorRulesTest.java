package org.sdkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sdkg.ingest.Article;
import org.sdkg.ingest.ArticleTexts;

/**
 * One test per rule family, on short texts written for the test (none copied from the dev
 * articles).
 */
class ExtractorRulesTest {
  private static final Extractor EXTRACTOR = Extractors.newExtractor();

  static Extraction extract(String published, String body) {
    String text = "date " + published + " Test article\n\n" + body + "\n";
    Article article =
        new Article(
            ArticleTexts.contentId(text),
            Path.of("test.txt"),
            "test.txt",
            LocalDate.parse(published),
            "Test article",
            null,
            null,
            text,
            ArticleTexts.paragraphs(text, text.indexOf('\n') + 1));
    return EXTRACTOR.extract(article);
  }

  static List<String> rows(Extraction e) {
    return e.relations().stream()
        .map(r -> String.join(" ", r.a(), r.b(), r.kind().code(), r.status().code(), r.topic()))
        .toList();
  }

  @Test
  void dates_givenAbsoluteForms_resolveToDayMonthOrYear() {
    assertEquals(
        "2021-10-02",
        extract(
                "2022-01-10",
                "On Oct. 2, 2021, Brazil and Chile signed an agreement on ocean research.")
            .relations()
            .get(0)
            .date());
    assertEquals(
        "2021-12",
        extract(
                "2022-01-10",
                "In December 2021, Brazil and Chile signed an agreement on ocean research.")
            .relations()
            .get(0)
            .date());
    assertEquals(
        "2019",
        extract("2022-01-10", "Brazil and Chile signed an agreement on ocean research in 2019.")
            .relations()
            .get(0)
            .date());
  }

  @Test
  void dates_givenRelativeForms_resolveAgainstPublicationDate() {
    // 2022-01-10 is a Monday.
    assertEquals(
        "2022-01-07",
        extract("2022-01-10", "Brazil and Chile signed an agreement on ocean research on Friday.")
            .relations()
            .get(0)
            .date());
    assertEquals(
        "2021-12",
        extract("2022-01-10", "Brazil and Chile signed an agreement on ocean research last month.")
            .relations()
            .get(0)
            .date());
    assertEquals(
        "2023",
        extract(
                "2022-01-10",
                "Brazil and Chile will sign an agreement on ocean research next year.")
            .relations()
            .get(0)
            .date());
  }

  @Test
  void coreference_givenBothCountries_refersToLastPair() {
    Extraction e =
        extract(
            "2022-01-10",
            "Kenya and Ghana met in Accra to discuss trade. Both countries already cooperate on malaria"
                + " research.");
    assertEquals(List.of("GHA KEN cooperation active malaria"), rows(e));
  }

  @Test
  void coreference_givenHeSaid_attributesToLastNamedSpeaker() {
    Extraction e =
        extract(
            "2022-01-10",
            "Finnish Minister of Education Anna Virtanen visited Tokyo. \"Finland and Japan will cooperate"
                + " on climate research,\" she said.");
    assertEquals(List.of("FIN JPN cooperation proposed climate"), rows(e));
    assertEquals("Anna Virtanen", e.relations().get(0).speaker());
    assertEquals("FIN", e.people().get(0).country());
  }

  @Test
  void status_givenCues_marksSuspendedEndedProposedActive() {
    assertEquals(
        List.of("MEX USA cooperation suspended space"),
        rows(
            extract(
                "2022-01-10",
                "Mexico has suspended its space cooperation with the United States.")));
    assertEquals(
        List.of("CAN WHO cooperation ended public_health"),
        rows(
            extract(
                "2022-01-10",
                "Canada announced it will withdraw from the World Health Organization.")));
    assertEquals(
        List.of("EGY ITA cooperation proposed agriculture"),
        rows(extract("2022-01-10", "Egypt hopes to work with Italy on agricultural technology.")));
    assertEquals(
        List.of("EGY ITA cooperation active agriculture"),
        rows(extract("2022-01-10", "Egypt is working with Italy on agricultural technology.")));
  }

  @Test
  void status_givenAgreedTo_marksProposed() {
    assertEquals(
        List.of("GHA KEN cooperation proposed malaria"),
        rows(extract("2022-01-10", "Kenya and Ghana agreed to cooperate on malaria research.")));
  }

  @Test
  void negation_givenDidNotSign_producesNoRelation() {
    assertEquals(
        List.of(),
        rows(extract("2022-01-10", "Peru did not sign the fisheries agreement with Ecuador.")));
    assertEquals(
        List.of(),
        rows(
            extract(
                "2022-01-10",
                "Norway refused to cooperate with Sweden on the satellite project.")));
  }

  @Test
  void multilateral_givenUnnamedPartnerCount_usesStarAndCount() {
    Extraction e =
        extract("2022-01-10", "Morocco has partnered with 12 countries on solar energy research.");
    assertEquals(List.of("MAR * cooperation active clean_energy"), rows(e));
    assertEquals(12, e.relations().get(0).partnerCount());
  }

  @Test
  void multilateral_givenBodyMemberStates_doesNotMakeTheBodyAPartner() {
    Extraction e =
        extract(
            "2022-01-10",
            "India invited all United Nations member states to join its solar research cooperation.");
    assertTrue(rows(e).stream().noneMatch(r -> r.contains("UN")), rows(e).toString());
  }

  @Test
  void demonyms_givenAdjectivalCountries_resolveToCountries() {
    assertEquals(
        List.of("FRA USA cooperation active oceans"),
        rows(
            extract(
                "2022-01-10",
                "French and American oceanographers launched a joint expedition to study coral reefs.")));
  }

  @Test
  void places_givenCountryAsLocation_doNotMakeItAParty() {
    assertEquals(
        List.of("DEU JPN agreement active space"),
        rows(
            extract(
                "2022-01-10",
                "Germany and Japan signed a satellite agreement at a ceremony in Brussels, Belgium.")));
  }

  @Test
  void aid_givenGiverAndReceivers_ordersGiverFirst() {
    assertEquals(
        List.of("KOR ETH aid active agriculture", "KOR KEN aid active agriculture"),
        rows(
            extract(
                "2022-01-10",
                "South Korea trained agricultural engineers from Ethiopia and Kenya.")));
  }

  @Test
  void aid_givenReceivesFrom_ordersGiverFirst() {
    assertEquals(
        List.of("JPN LAO aid active agriculture", "KOR LAO aid active agriculture"),
        rows(
            extract(
                "2022-01-10",
                "Laos receives technical assistance from Japan and South Korea for rice farming.")));
  }

  @Test
  void coreference_givenTheOrganization_refersToLastBody() {
    assertEquals(
        List.of("CAN WMO cooperation ended climate"),
        rows(
            extract(
                "2022-01-10",
                "Canada informed the World Meteorological Organization of its decision to withdraw"
                    + " from the organization.")));
  }

  @Test
  void project_givenBodyWithMemberList_givesOneRowPerMember() {
    assertEquals(
        List.of("CHL * project active space ESO", "BRA * project active space ESO"),
        rows(
                extract(
                    "2022-01-10",
                    "The European Southern Observatory (ESO) runs telescopes in the Atacama desert. It has"
                        + " 16 member states, among them Chile and Brazil."))
            .stream()
            .map(r -> r + " ESO")
            .toList());
  }

  @Test
  void agreement_givenSignedWithPartner_pairsOnlySignerAndPartner() {
    assertEquals(
        List.of("CHN ITA agreement active other"),
        rows(
            extract(
                "2022-01-10",
                "Italy signed a memorandum of understanding with China on the Belt and Road"
                    + " Initiative, despite objections from the United States and the European Union.")));
  }

  @Test
  void parties_givenCountryThatAConflictIsAbout_leavesItOut() {
    assertEquals(
        List.of("DEU RUS cooperation suspended research"),
        rows(
            extract(
                "2022-03-10",
                "Germany has suspended its research cooperation with Russia following the invasion"
                    + " of Ukraine.")));
  }

  @Test
  void countries_givenInitialismWithFinalDot_matchTheGazetteer() {
    assertEquals(
        List.of("CAN GBR cooperation active digital"),
        rows(extract("2022-03-10", "The U.K. is also working with Canada on quantum computing.")));
  }

  @Test
  void project_givenNameBeforeLowerCaseHead_namesTheProject() {
    Extraction e =
        extract(
            "2022-03-10", "Kenya joined the Copernicus programme for Earth observation in 2021.");
    assertEquals(List.of("KEN * project active space"), rows(e));
    assertEquals("Copernicus programme", e.relations().get(0).project());
  }

  @Test
  void aid_givenSupportedCountriesAsObject_givesOneRowPerReceiver() {
    assertEquals(
        List.of("USA GHA aid active malaria", "USA KEN aid active malaria"),
        rows(
            extract(
                "2022-03-10",
                "Through its malaria programme, the United States has supported Ghana and Kenya"
                    + " since 2007.")));
    assertEquals(
        List.of(),
        rows(extract("2022-03-10", "Astronomers from Peru have supported NASA missions.")));
  }

  @Test
  void aid_givenSupportFrom_makesTheGiverTheOneAfterFrom() {
    assertEquals(
        List.of("JPN KEN aid active space"),
        rows(
            extract(
                "2022-03-10", "Kenya, with support from Japan, launched its first satellite.")));
  }

  @Test
  void aid_givenOrganisationSubjectAndDateBeforeReportingVerb_keepsTheClause() {
    assertEquals(
        List.of("USA NGA aid active malaria"),
        rows(
            extract(
                "2022-03-10",
                "The U.S. Agency for International Development (USAID) on Tuesday announced new"
                    + " funding to support Nigeria's fight against malaria.")));
  }

  @Test
  void agreement_givenOneSignerOfNamedAgreement_usesStar() {
    assertEquals(
        List.of("NGA * agreement active climate"),
        rows(extract("2022-03-10", "Nigeria ratified the Paris Agreement on climate in 2016.")));
    assertEquals(
        List.of("USA * agreement ended climate"),
        rows(
            extract(
                "2022-03-10",
                "The United States will withdraw from the Paris Agreement on climate.")));
    assertEquals(
        List.of(), rows(extract("2022-03-10", "Kenya signed an agreement on malaria research.")));
  }

  @Test
  void project_givenPartnerInOwnersProgram_givesProjectRow() {
    Extraction e =
        extract("2022-03-10", "Brazil is also a partner in NASA's GLOBE program for schools.");
    assertEquals(List.of("BRA * project active education"), rows(e));
    assertEquals("GLOBE program", e.relations().get(0).project());
  }

  @Test
  void cooperation_givenOneCountryMemberOfBody_isCooperationWithTheBody() {
    assertEquals(
        List.of("AUT ESA cooperation active space"),
        rows(
            extract(
                "2022-03-10",
                "Austria has been a member of the European Space Agency since 1987.")));
    assertEquals(List.of(), rows(extract("2022-03-10", "Kenya is not a member of the IAEA.")));
  }

  @Test
  void countries_givenOfficialLongForms_resolveToTheCountry() {
    assertEquals(
        List.of("KEN SAU agreement active public_health"),
        rows(
            extract(
                "2022-03-10",
                "The Kingdom of Saudi Arabia and the Republic of Kenya signed a health agreement.")));
  }

  @Test
  void status_givenWillEnd_marksEnded() {
    assertEquals(
        List.of("BLR CERN cooperation ended research"),
        rows(
            extract(
                "2022-03-10",
                "CERN's research cooperation with the Republic of Belarus will end in 2024.")));
  }

  @Test
  void project_givenMembershipWithoutObject_meansTheArticlesProject() {
    assertEquals(
        List.of(
            "AUS * project active space",
            "ZAF * project active space",
            "CHE * project active space",
            "ESP * project active space"),
        rows(
            extract(
                "2022-03-10",
                "The Square Kilometre Array Observatory is a radio telescope project."
                    + " Its founding members are Australia and South Africa."
                    + " Switzerland joined in 2022 and Spain in 2023.")));
  }

  @Test
  void project_givenBodyListedWithCountries_makesTheBodyAMember() {
    assertEquals(
        List.of("EU * project active nuclear", "CHN * project active nuclear"),
        rows(
            extract(
                "2022-03-10",
                "The ITER fusion reactor is run by its members: the European Union and China.")));
  }

  @Test
  void cooperation_givenWithdrawingWordWithDirectObject_pairsSubjectAndObjectOnly() {
    assertEquals(
        List.of("ISR UNESCO cooperation ended education"),
        rows(extract("2022-03-10", "Israel left UNESCO alongside the United States in 2018.")));
  }

  @Test
  void agreement_givenAgreementsWithUnnamedCount_usesStarAndCount() {
    Extraction e =
        extract(
            "2022-03-10",
            "The United States maintains science agreements with more than 50 countries.");
    assertEquals(List.of("USA * agreement active research"), rows(e));
    assertEquals(50, e.relations().get(0).partnerCount());
  }

  @Test
  void reporting_givenCountrysOfficialsSayTheyWill_makesTheirCountryTheAgent() {
    assertEquals(
        List.of("AU CHN cooperation proposed space"),
        rows(
            extract(
                "2022-03-10",
                "Chinese officials said they are ready to cooperate with the African Union on"
                    + " satellite data.")));
    assertEquals(
        List.of("BRA JPN cooperation proposed agriculture"),
        rows(
            extract(
                "2022-03-10", "Chinese officials said Brazil and Japan will cooperate on rice.")));
  }

  @Test
  void agreement_givenSignersOfNamedAccordsAtHostHeadquarters_pairsEachWithTheHost() {
    assertEquals(
        List.of("PAN USA agreement active space", "AUT USA agreement active space"),
        rows(
            extract(
                "2022-03-10",
                "Panama and Austria signed the Artemis Accords on Wednesday at NASA Headquarters in"
                    + " Washington.")));
    assertEquals(
        List.of("GHA KEN agreement active other"),
        rows(
            extract(
                "2022-03-10",
                "Kenya and Ghana signed an agreement at the WHO headquarters in Geneva.")));
  }

  @Test
  void project_givenProjectNamedAgainLater_recognisesTheName() {
    assertEquals(
        List.of("GBR * project ended nuclear"),
        rows(
            extract(
                "2022-03-10",
                "ITER is a fusion megaproject in France. The United Kingdom, which had taken part"
                    + " through Euratom, withdrew from ITER in 2021.")));
  }

  @Test
  void cooperation_givenCoordinatesWith_isCooperation() {
    assertEquals(
        List.of("USA WHO cooperation active public_health"),
        rows(
            extract(
                "2022-03-10",
                "The United States coordinates its health support with the World Health"
                    + " Organization.")));
  }

  @Test
  void aid_givenReceivedGoodsFromGivers_givesOneRowPerGiver() {
    assertEquals(
        List.of("USA KEN aid active malaria", "JPN KEN aid active malaria"),
        rows(extract("2022-03-10", "Kenya received bed nets from the United States and Japan.")));
    assertEquals(
        List.of("JPN VNM aid active vaccines"),
        rows(
            extract(
                "2022-03-10", "Vietnam received 1.2 million doses of vaccine donated by Japan.")));
    assertEquals(List.of(), rows(extract("2022-03-10", "Kenya received a delegation from China.")));
  }

  @Test
  void cooperation_givenJointly_isNotJoining() {
    assertEquals(
        List.of("FRA IND cooperation proposed space"),
        rows(
            extract(
                "2022-03-10",
                "Under the agreement, India and France will jointly develop a satellite.")));
  }

  @Test
  void project_givenProjectRunByThreeOrMoreCooperatingParties_givesProjectRowsNotPairs() {
    assertEquals(
        List.of(
            "RUS * project active space",
            "USA * project active space",
            "JPN * project active space"),
        rows(
            extract(
                "2022-03-10",
                "The International Space Station is maintained by a collaboration of NASA"
                    + " (United States), Roscosmos (Russia) and JAXA (Japan).")));
  }

  @Test
  void names_givenTwoNamesJoinedByAnd_areTwoParties() {
    assertEquals(
        List.of("IND USA cooperation active space"),
        rows(
            extract(
                "2022-03-10",
                "The Indian Space Research Organisation and NASA launched the joint space mission.")));
  }

  @Test
  void agreement_givenInkedPact_isAgreement() {
    assertEquals(
        List.of("IND JPN agreement active digital"),
        rows(extract("2022-03-10", "India inked a pact with Japan on semiconductor research.")));
  }

  @Test
  void project_givenBodyFoundedByListedStates_givesOneRowPerFounder() {
    assertEquals(
        List.of(
            "BGR * project active nuclear",
            "HUN * project active nuclear",
            "POL * project active nuclear"),
        rows(
            extract(
                "2022-03-10",
                "The Joint Institute for Nuclear Research (JINR) is a research centre. The institute"
                    + " was founded in 1956 by three states: Bulgaria, Hungary and Poland.")));
  }

  @Test
  void cooperation_givenMeetingOfJointCommittee_isCooperation() {
    assertEquals(
        List.of("BRA USA cooperation active research"),
        rows(
            extract(
                "2022-03-10",
                "The United States and Brazil held the fifth meeting of the Joint Commission on"
                    + " Science and Technology Cooperation in Brasilia.")));
  }

  @Test
  void cooperation_givenWorkWithPartnerToGetOthersToSign_isCooperationNotAgreement() {
    assertEquals(
        List.of("CHL GBR cooperation proposed oceans"),
        rows(
            extract(
                "2022-03-10",
                "The UK will work with Chile on ocean protection to encourage other countries to"
                    + " sign the Treaty ahead of the UN Ocean Conference.")));
  }
}
