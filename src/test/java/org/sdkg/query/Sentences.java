package org.sdkg.query;

/** The evidence sentences of the fixture, exactly as in the two article texts. */
final class Sentences {
  private Sentences() {}

  static final String SEED_TITLE =
      "China prioritizes int'l cooperation to address common problems scientifically: top envoy"
          + " to U.S.";
  static final String SECOND_TITLE = "China and Comoros extend their partnership against malaria";

  static final String PRIORITIES =
      "It's among China's diplomatic priorities to work with the United States and the"
          + " international community to find science-based solutions to shared problems like the"
          + " COVID-19 pandemic and climate change, Chinese Ambassador to the United States Qin Gang"
          + " has said in an interview published Friday night.";
  static final String SPACE_READY =
      "According to the interview posted on the website of the Chinese Embassy in the United"
          + " States, Qin said China is ready to carry out international space cooperation with"
          + " other countries on the basis of mutual respect, openness, inclusiveness, equality,"
          + " and mutual benefit.";
  static final String SPACE_STATION =
      "China has invited all United Nations member states to submit cooperative pilot projects to"
          + " board the Chinese space station to provide a new model of international cooperation"
          + " for future space explorations, said Qin, adding that nine projects from 17 countries"
          + " have been selected.";
  static final String WE_HOPE =
      "We hope that China and the United States will strengthen their scientific and"
          + " technological cooperation to help the world overcome the pandemic as soon as"
          + " possible.";
  static final String VACCINES =
      "Noting that China has partnered with 30 countries on COVID-19 vaccine cooperation to"
          + " promote the fair international distribution of vaccines, Qin said, \""
          + WE_HOPE
          + "\"";
  static final String CLIMATE =
      "Referring to climate change, he said there is a lot of room for China-U.S. cooperation.";
  static final String CLEAN_ENERGY =
      "Both countries are transitioning to renewable energy faster than any other countries in the"
          + " world, and are looking for advancements in clean energy technologies, he said, adding"
          + " that though the U.S.-China Clean Energy Research Center, a typical example of"
          + " bilateral research cooperation, has been suspended, China hopes to find a new model"
          + " of cooperation regarding clean energy.";
  static final String MALARIA =
      "Citing China's cooperation with Comoros in fighting malaria, Qin highlighted that China has"
          + " been helping developing countries to localize mature and applicable technologies,"
          + " establish joint laboratories, conduct joint research, train local people on"
          + " applicable technologies and carry out exchanges among young scientists.";
  static final String GOAL =
      "The goal of China's diplomacy today is to work towards world peace and promote global"
          + " development. We value the role of science and technology in diplomacy";
  static final String SOUTH_SOUTH =
      "South-South cooperation is an essential means for less-developed countries to help each"
          + " other and develop together.";

  static final String CONTINUE_MALARIA =
      "China and Comoros will continue their cooperation in fighting malaria, Comorian Health"
          + " Minister Fatima Ahmed said on Thursday.";
  static final String DONATED =
      "China donated antimalarial medicines to Comoros in 2021, she said.";
  static final String SAVED_LIVES = "Our cooperation on malaria has saved thousands of lives";
  static final String CLIMATE_TOGETHER =
      "China and the United States should also work together on climate change, she added.";
  static final String WHO_MALARIA =
      "The World Health Organization has worked with Comoros on malaria since 2007.";
}
