package org.sdkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountriesTest {
  private final Countries countries = Countries.load();

  @ParameterizedTest
  @CsvSource({
    "CHN, CN, Q148",
    "USA, US, Q30",
    "COM, KM, Q970",
    "SEN, SN, Q1041",
    "JOR, JO, Q810",
    "ISR, IL, Q801",
    "IRN, IR, Q794",
    "PSE, PS, Q219060",
    "SUN, SU, Q15180",
    "GBR, GB, Q145",
    "NGA, NG, Q1033"
  })
  void byAlpha3_givenKnownCode_hasCuratedQidAndAlpha2(String alpha3, String alpha2, String qid) {
    Country c = countries.byAlpha3(alpha3).orElseThrow();
    assertEquals(alpha2, c.alpha2());
    assertEquals(qid, c.qid());
    assertEquals(c, countries.byAlpha2(alpha2).orElseThrow());
  }

  @Test
  void load_coversEveryJdkIsoCountryPlusTheSovietUnion() {
    Set<String> jdk = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
    Set<String> ours = countries.all().stream().map(Country::alpha3).collect(Collectors.toSet());
    assertTrue(
        ours.containsAll(jdk), "missing: " + jdk.stream().filter(a -> !ours.contains(a)).toList());
    assertEquals(jdk.size() + 1, ours.size());
    assertEquals("Soviet Union", countries.byAlpha3("SUN").orElseThrow().name());
  }

  @Test
  void everyCountry_hasWellFormedQid_andNoTwoShareOne() {
    for (Country c : countries.all()) {
      assertTrue(c.qid().matches("Q[1-9][0-9]*"), c.alpha3() + " has QID " + c.qid());
    }
    long distinct = countries.all().stream().map(Country::qid).distinct().count();
    assertEquals(countries.all().size(), distinct, "two countries share a Wikidata QID");
  }

  @Test
  void name_comesFromTheJdk() {
    assertEquals("China", countries.byAlpha3("CHN").orElseThrow().name());
    assertEquals(
        new Locale("", "KM").getDisplayCountry(Locale.ENGLISH),
        countries.byAlpha3("COM").orElseThrow().name());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "U.S.|USA",
        "US|USA",
        "USA|USA",
        "America|USA",
        "the United States|USA",
        "United States of America|USA",
        "American|USA",
        "Chinese|CHN",
        "China|CHN",
        "Britain|GBR",
        "UK|GBR",
        "Great Britain|GBR",
        "British|GBR",
        "the Netherlands|NLD",
        "Holland|NLD",
        "Dutch|NLD",
        "South Korea|KOR",
        "North Korea|PRK",
        "Russia|RUS",
        "Russian|RUS",
        "Iran|IRN",
        "Iranian|IRN",
        "Syria|SYR",
        "Vietnam|VNM",
        "Laos|LAO",
        "Taiwan|TWN",
        "Palestine|PSE",
        "Palestinian|PSE",
        "Czechia|CZE",
        "Ivory Coast|CIV",
        "Turkey|TUR",
        "Türkiye|TUR",
        "Turkish|TUR",
        "Congo|COG",
        "DR Congo|COD",
        "Tanzania|TZA",
        "Bolivia|BOL",
        "Venezuela|VEN",
        "Moldova|MDA",
        "Micronesia|FSM",
        "Senegalese|SEN",
        "Comorian|COM",
        "Comoros|COM",
        "Jordanian|JOR",
        "Israeli|ISR",
        "Pakistani|PAK",
        "Cypriot|CYP",
        "Egyptian|EGY",
        "Bahraini|BHR",
        "French|FRA",
        "German|DEU",
        "Japanese|JPN",
        "Indian|IND",
        "Brazilian|BRA",
        "South African|ZAF",
        "Nigerian|NGA",
        "Nigerien|NER",
        "Kenyan|KEN",
        "Soviet Union|SUN",
        "USSR|SUN"
      })
  void surfaceForms_mapToTheirCountry(String form, String alpha3) {
    Country c = countries.surfaceForms().get(form);
    assertTrue(c != null, "no country for \"" + form + "\"");
    assertEquals(alpha3, c.alpha3());
  }

  @Test
  void surfaceForms_areCaseSensitive_andOmitAmbiguousForms() {
    var forms = countries.surfaceForms();
    assertFalse(forms.containsKey("us"));
    assertFalse(forms.containsKey("in"));
    assertFalse(forms.containsKey("IN"));
    assertFalse(forms.containsKey("Congolese"), "Congolese could be either Congo");
    assertFalse(forms.containsKey("Korean"), "Korean could be either Korea");
  }

  @Test
  void surfaceForms_includeEveryNameAliasAndDemonymOfEveryCountry() {
    int listed = 0;
    for (Country c : countries.all()) {
      for (String form : c.surfaceForms()) {
        assertEquals(c, countries.surfaceForms().get(form), form);
        listed++;
      }
    }
    long official =
        countries.surfaceForms().keySet().stream()
            .filter(f -> f.matches("(the )?(Republic|Kingdom|State) of .*"))
            .filter(f -> countries.all().stream().noneMatch(c -> c.surfaceForms().contains(f)))
            .count();
    assertEquals(
        listed + official, countries.surfaceForms().size(), "a form is listed for two countries");
  }

  @Test
  void surfaceForms_includeOfficialLongFormsButNotRepublicOfChina() {
    assertEquals("BLR", countries.surfaceForms().get("the Republic of Belarus").alpha3());
    assertEquals("ESP", countries.surfaceForms().get("Kingdom of Spain").alpha3());
    assertEquals("KOR", countries.surfaceForms().get("the Republic of Korea").alpha3());
    assertFalse(countries.surfaceForms().containsKey("Republic of China"));
  }

  @Test
  void of_givenOneAliasOnTwoCountries_failsNamingBoth() {
    Country a = new Country("AA", "AAA", "Aland", "Q1", List.of("Twin"), List.of());
    Country b = new Country("BB", "BBB", "Bland", "Q2", List.of(), List.of("Twin"));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Countries.of(List.of(a, b)));
    assertEquals(
        "surface form \"Twin\" names both AAA and BBB; remove it from one of them in countries.tsv",
        e.getMessage());
  }

  @Test
  void fromTable_givenMalformedQid_failsWithLine() {
    var rows = ReferenceTables.parse("countries.tsv", "# header\nCHN\t148\t\tChinese\n");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Countries.fromTable(rows));
    assertEquals(
        "countries.tsv:2: CHN: Wikidata QID must look like Q148; found \"148\"", e.getMessage());
  }

  @Test
  void fromTable_givenJdkCountryWithoutRow_failsNamingIt() {
    var rows = ReferenceTables.parse("countries.tsv", "CHN\tQ148\t\tChinese\n");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Countries.fromTable(rows));
    assertTrue(e.getMessage().endsWith("has no row in countries.tsv; add its Wikidata QID there"));
  }
}
