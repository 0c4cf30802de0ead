// Gives each line the kind an editor would give it: title, lede, heading, paragraph, quote, list item, credit,
// caption, bibliography entry, furniture or blank. Shapes are read line by line, then zones (head, body, teasers,
// bibliography, tail) decide what the shapes mean.
import { readDateHeader, readDateline, findDates, isRealDate, isValidIsoDate, monthNumber } from "./date.ts";
import { countWords, emojiFrame, endsOnLittleWord, endsSentence, innerSentenceBreaks, LEADING_EMOJI_RE, startsLikeSentence, stopwordDensity, visibleText, words } from "./french.ts";
import { FOLLOW_BUTTONS, FOLLOW_TOWN_RE, INITIAL_AND_NAME_RE, INTERVIEWER_STOP_RE, NOTES_TO_EDITORS_RE, PERMALINK_LABEL_RE, WIKI_TABS_RE, NEWSROOM_SIGNATURE_RE, SERVICE_BYLINE_RE, furniturePhraseReason, isBreadcrumb, isLongBreadcrumb, isLanguagePair, readDateBesideLanguages, isSectionPath, isTriangleBreadcrumb, PERSON_NAME, ORGANISATION_SERVICE_BYLINE_RE, isByline, isConsentPanel, isEmailHeader, isMenuLine, readDateLine, readMetaLine, readPageAddress, readTeaserOpener, READING_APP_RE, READING_APP_REASON, SITE_ADDRESS_RE, SOCIAL_POST_STAMP_RE } from "./furniture.ts";
import type { ClassifiedLine, DateMention, LineDate, LineKind, TextLine } from "./types.ts";
import { readToolHeader, type HeaderRole } from "./tool-header.ts";
import { findTag } from "../taxonomy/match.ts";
import { foldName } from "../taxonomy/text.ts";

// A list item: "- texte", "• texte", "– texte", "* texte", "1. texte", "2) texte", "a) texte", a post's "1️⃣ texte".
const LIST_ITEM_RE = /^(?:[-–—•*▪◦●·►✓✔→➢▶○◆■]|[🔹🔸🔺🔻➡✅☑✔▫▪👉➤➜‣⁃◾▸▹]\ufe0f?|\d\ufe0f?\u20e3|🔟|\d{1,2}[.)]|(?:I|II|III|IV|VI|VII|VIII|IX|XI|XII)\.|\(?[a-h][).])\s+\S/u;
// The number of a numbered item or section: "1. ", "2) ", "IV. " (not "V. Poutine", an initial).
const NUMBERED_RE = /^(?:\d{1,2}[.)]|(?:I|II|III|IV|VI|VII|VIII|IX|XI|XII)\.)\s+(?:[—–-]\s+)?/u;
// A photo's credit in capitals, its photographer's name first: "PHOTO ÉTIENNE LAVALLÉE, ARCHIVES LE COURRIER" (not
// "PHOTO DE FAMILLE, SOMMET DE L'OCS", an exhibit's title).
const CAPS_PHOTO_CREDIT = String.raw`PHOTOS?\s+(?!(?:DE|DU|DES|LE|LA|LES|UN|UNE|SOUVENIR|INÉDITES?|OFFICIELLES?|ARCHIVES?|GROUPE|FAMILLE)\b|D['’]|L['’])\p{Lu}[\p{Lu}'’.-]*(?:\s+\p{Lu}[\p{Lu}'’.-]*){1,3},`;
const CAPS_PHOTO_CREDIT_RE = new RegExp(`^${CAPS_PHOTO_CREDIT}`, "u");
// A credit: "© Akorda", "Photo : AFP", "Crédit photo : DR", "Illustration : X", "Source : The Astana Times", a CMS's
// "Author: Léa Jaccottet", a wire's "(Reportage Aïgerim Sultanova ; rédigé par Marc Delorme, édité par Sophie Lavaud)",
// "PHOTO ÉTIENNE LAVALLÉE, ARCHIVES LE COURRIER", "PHOTO FOURNIE PAR KAZATOMPROM", a newsletter's picture in words
// ("[Image : … Crédit : Akorda]"), a camera's emoji and a photographer ("📸 Sébastien Morel"), a Flemish site's "Foto:
// Belga / …", its summary's author ("Résumé de l'article de Lotte Vermeersch, correspondante économique"). A
// programme's credits: "Production : Agathe Moreau-Ilinski", "Réalisation : …", "Avec la collaboration de …", "Un
// reportage d'Anna Vidal et Timour Ospanov. Montage : Julien Perrot." (names only), a film's "Titre original : Шексіз
// дала (Sheksiz dala)", a play's source "D'après le poème épique kazakh et la pièce de Gabit Mousrepov — …" (not
// "D'après l'épopée de Koblandy, l'Astana Ballet crée …", a headline), a podcast's credits ("Crédits : présentation … ·
// réalisation et montage …"), a video's "Script : Hugo Marchal – Montage : Louise Perrin" (names only: "Scénario :
// Pékin prend la main" heads a note's part). A release's issuer: "Communiqué par : ministère des Finances".
const NAMES = String.raw`\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}(?:(?:,\s|\set\s)\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}){0,3}`;
const PRODUCTION_CREDIT = String.raw`[Cc]ommuniqué par\s?:\s?\S[^.!?]{1,80}$|(?:[Pp]roduction|[Rr]éalisation|[Pp]rise de son|[Mm]ixage|[Mm]usique|[Cc]oordination|[Mm]ontage|[Tt]itre original)\s*:\s*\p{Lu}[^.!?]{1,100}$|[Dd]['’]après (?:le |la |les |l['’]|un |une )(?:\p{Ll}+ )?(?:roman|poème|pièce|nouvelle|récit|conte|épopée|œuvre|livre|mémoires)(?!\p{L})[^.!?,]{0,80}?\s(?:de |d['’])\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,3}(?:\s[—–]\s\p{Lu}[^.!?]{1,160})?$|(?:[Ss]cript|[Ss]cénario)(?: et voix)?\s*:\s*${NAMES}(?:\s[–—·-]\s\p{Lu}[\p{Ll} ]{2,20}\s?:\s?${NAMES}){0,3}$|[Aa]vec la collaboration de \p{Lu}[^.!?]{1,80}$|[Uu]n reportage d(?:e |['’])${NAMES}\.(?:\s(?:[Mm]ontage|[Ii]mages|[Rr]éalisation)\s*:\s*${NAMES}\.?)?$|[Cc]rédits\s*:\s*(?:présentation|réalisation|production|animation)\s[^]{3,200}$`;
const PRODUCTION_CREDIT_RE = new RegExp(`^(?:${PRODUCTION_CREDIT})`, "u");
// A book's preface credited under its title: "Préface d'Anne-Sophie Verneuil" (see the headline's choice).
const BOOK_CREDIT_RE = /^(?:Préface|Postface|Avant-propos) (?:de |d['’])\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){1,3}$/u;
// A note's authors and their roles: "Auteurs : Mathilde Kerjean, analyste senior pétrole ; Arman Tulegenov, analyste
// Asie centrale", "Auteurs : Marion Lefort, associée, et Hugo Benali, collaborateur – département Arbitrage
// international".
const AUTHORS_CREDIT = String.raw`[Aa]uteurs\s?:\s?${PERSON_NAME},\s\p{Ll}[^;.]{2,60};\s${PERSON_NAME},\s\p{Ll}[^;.]{2,60}\.?$`;
// The same joined by "et", under the text only (in a book's fact box, "Auteurs : …, historienne, et …" names the book's):
// "Auteurs : Marion Lefort, associée, et Hugo Benali, collaborateur – département Arbitrage international".
// An author signing with the newsroom, under the text: "Sophie Garnier, avec la rédaction de Matin Express" (a list's
// "Aïgul Imanbaeva, avec l'équipe de l'Astana Opera" names a guest); a committee writing it, "Rédigé par la commission
// communication du Cercle" (in a fact box, "Rédigé par le comité mixte d'affaires …" says who drafted a plan).
const SIGNED_UNDER_TEXT_RE = new RegExp(String.raw`^${PERSON_NAME},?\savec la rédaction (?:de |d['’]|du )\p{Lu}[^.!?]{0,60}$|^(?:[Rr]édigée?|[Éé]crite?) par (?:le |la |l['’])(?:comité|bureau|service|commission|cellule|pôle)\s(?!(?:qui|que|dont|des affaires)(?!\p{L}))[^.!?:,«»]{0,80}$`, "u");
const AUTHORS_AND_CREDIT_RE = new RegExp(String.raw`^[Aa]uteurs\s?:\s?${PERSON_NAME},\s\p{Ll}[^;.,]{2,60},?\set\s${PERSON_NAME},\s\p{Ll}[^;.]{2,60}\.?$`, "u");
const AUTHORS_CREDIT_RE = new RegExp(`^${AUTHORS_CREDIT}`, "u");
const CREDIT_RE = new RegExp(String.raw`^(?:${CAPS_PHOTO_CREDIT}\s*\p{Lu}[\p{Lu}\s'’.,-]{1,60}$|PHOTOS? (?:FOURNIES? PAR|GRACIEUSETÉ(?: DE)?|COURTOISIE(?: DE)?) \p{Lu}[\p{Lu}\d\s'’.&-]{1,60}$|${AUTHORS_CREDIT}|©|\([cC]\)\s|[Cc]opyright\b|[Dd]roits d['’]auteur\s*:?\s+\S|(?:Photo|PHOTO)\s+\p{Lu}[\p{L}\w.'’ -]{0,40}\s?\/\s?\S|(?:Photo|PHOTO)s?\s(?:d['’])?[Aa]rchives?\s(?:AFP|Reuters|AP|\p{Lu}[\p{L}.'’&-]{1,30}(?:\s\p{Lu}[\p{L}.'’&-]{1,30})?)$|(?:[Tt]ransféré|[Pp]artagé|[Ff]orwarded) (?:depuis|de|from) @\S|[Rr]ésumé (?:de l['’]article|d['’]un article) (?:de |d['’])\p{Lu}\p{Ll}+ \p{Lu}|(?:[Pp]hotos?(?: credits?)?|[Ff]oto|[Cc]rédits?(?: photos?)?|[Ii]llustration|[Ii]mage|[Ss]ources? (?:photo|image)|[Vv]idéo|[Ss]ources?|[Tt]raduction|[Aa]uthors?)\s*:\s*\S|\((?:[Rr]eportage|[Rr]édigé par|[Éé]dité par)\s\p{Lu}[\p{L}'’-]+\s\p{Lu}[^()]{2,200}\)$|${PRODUCTION_CREDIT}|\[(?:[Ii]mage|[Pp]hoto)\s*:\s*[^\]]{5,200}\]$|[📸📷]\uFE0F?\s?\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}$)`, "u");
// A credit for the text itself: "Traduit du russe par Camille Lefort", "Résumé en français : Kadri Lepp", "20 Minutes
// avec AFP", "France 24 avec AFP", a national agency, "Avec ACP" ("Avec EDF" heads a partner's part), "Rédaction
// franceinfo24 avec agences",
// "— La rédaction, avec notre correspondant à New York", "*Avec la rédaction de Brasília" (its star calls a note from
// the byline), "Avec les informations de Reuters", "Cet article a été initialement publié par …", "Cet article est paru
// dans Le Monde diplomatique de mai 2024", "Service de presse du ministère des Affaires étrangères", "Cette lettre a été
// préparée par Camille Orlov et Dastan Abenov.".
// Under the headline, the site's name with its agency: "La Gazette nationale avec AFP", "Sénégal Matin (avec AFP)", an
// author with an agency named as such, "Baptiste Ollier avec Agence Lumen" (in the text, "Le Kazakhstan signe avec
// Reuters" is an intertitle; a headline, "Kazinform signe un accord … avec l'Agence Anadolu").
// A local news site's button alone on its line (see FOLLOW_BUTTONS).
const FOLLOW_BUTTON_RE = new RegExp(`^(?:${FOLLOW_BUTTONS})$`, "iu");
// The most words of a platform's topic under a post, and the fewest topics one a line that make its tags.
const TOPIC_WORDS = 3;
const TOPICS_MIN = 3;
// The label of an event's day in its box of details: "Date et heure", "Dates", "Quand ?".
const EVENT_DAY_LABEL_RE = /^(?:dates?(?: et (?:heures?|horaires?|lieu))?|quand|horaires?)\s*\??\s*:?$/iu;
// A document's kind beside its day on a release's line: "22 octobre 2025 | Communiqué de presse | Almaty".
const RELEASE_KIND_RE = /^(?:communiqué(?: de presse)?|déclaration(?: conjointe)?|discours|actualités?|news|note d['’]information|point de presse|compte rendu|dépêche|article)$/iu;
// A press service's name as a menu's item or a section's path (see classifyLines).
const PRESS_SERVICE_LABEL_RE = /^(?:[Ss]ervice|[Ss]alle|[Ee]space|[Cc]entre) de presse(?:\s\/\s\p{Lu}[\p{L}'’ -]{1,30})?$/u;
// An institution's press service a text is credited to: "Avec la Cellule de communication de la Présidence", "Avec le
// service de presse du ministère des Affaires étrangères" (with a stop, it answers a question).
const SERVICE_CREDIT_RE = /^[Aa]vec (?:la |le )(?:[Cc]ellule|[Ss]ervice|[Dd]irection|[Pp]ôle)(?: de(?: la)?)? (?:communication|presse)(?: (?:de la|du|de l['’]|des) (?:\p{Lu}|ministère\s)[\p{L}'’ -]{1,60})?$/u;
// A site's menu of sections: "Accueil | Politique | Économie | Monde"; in capitals, from the home page: "ACCUEIL |
// POLITIQUE | ÉCONOMIE" ("KAZAKHSTAN   TURQUIE   POLITIQUE" under a date are a page's tags).
const SECTION_MENU_RE = /(?:^|[\s|•·])(?:Accueil|Politique|[ÉE]conomie|Monde|Sports?|Culture|International|Société|Actualités?|Vidéos?|Opinions?|Régions?|Podcasts?)(?=$|[\s|•·])|^ACCUEIL(?=\s*[|•·]|\s{2,})/u;
// A newsletter form's field or button: "Adresse courriel   M'inscrire", "Votre e-mail", "Je m'inscris".
const FORM_FIELD_RE = /adresse (?:courriel|e-?mail|électronique)|votre (?:adresse )?e-?mail|m['’]inscrire|s['’]inscrire|je m['’]inscris/iu;
// Agencies and a desk's initials closing a dispatch, in small letters: "ats/afp/jvia", "afp/ats". The line's shape is
// tested first: a line of prose fails within its first eight characters instead of being scanned for the agencies'
// names.
const LOWER_AGENCY_CREDIT_RE = /^(?=[a-z]{2,7}(?:\/[a-z]{2,7}){1,4}$)(?=.*(?<![a-z])(?:ats|afp|ap|reuters|dpa|ansa|belga|sda)(?![a-z]))/u;
// Initials alone, of a first name and a last name: "A. N'G.", "J.-P. M." ("C.Q.F.D." closes a column's text).
// With the service that gave the facts: "L. C. avec la Direction de la Communication".
// Under the text, the reporters' initials and names apart by a slash, as an agency signs: "H. Khaled / R. Haddad".
const INITIALLED_REPORTERS_RE = /^\p{Lu}\.\s?\p{Lu}[\p{L}'’-]+(?:\s?\/\s?\p{Lu}\.\s?\p{Lu}[\p{L}'’-]+)+$/u;
// "Pour en savoir plus": a marker of references that heads only its run of lines (see referencesUnder).
const FURTHER_READING_RE = /^pour en savoir plus/iu;
// What marks a line as a reference: an item's dash, a title in quotation marks after a comma or a colon ("AGDH, « …
// »"), a number, a document's format, a period in brackets. (A year and its stop before the title too: "Arnaud C.,
// Sadykov E., 2023. « Otrar, secteur sud … »"; and after its comma at the end: "…, Cambridge University Press, 2000.".)
const CITATION_MARK_RE = /^[–—•*-]\s|[,:]\s«|(?:19|20)\d{2}\.\s«|\bn°\s?\d|\((?:PDF|pdf)\b|\(\d{4}(?:-\d{4})?\)|,\s(?:1[5-9]|20)\d{2}\.$/u;

/**
 * True when the lines under `i` ("Pour en savoir plus"), up to the next blank line, are references: each a title
 * ("Rapport … n° 214 (2024-2025) : « … »", "Compte rendu de l'audition …, 12 juin 2024"), none a sentence of the text
 * ("Une première évaluation … est prévue en 2026.", "… en suivant les étapes suivantes :") unless it cites something.
 */
function referencesUnder(ws: Work[], i: number): boolean {
  let any = false;
  for (let j = nextText(ws, i); j < ws.length && ws[j].shape !== "blank"; j++) {
    const v = ws[j].v;
    if (/[.:!?]$/u.test(v) && countWords(v) >= 8 && !CITATION_MARK_RE.test(v)) return false;
    any = true;
  }
  return any;
}
/** Words of a line ending on a little word that is a paragraph cut off, not a heading. */
const CUT_PARAGRAPH_WORDS = 12;
// An agency's name in brackets, then its desk's initials: "(SloPress) ak/mk", "(AQI) MS/HK" ("(Source) FMI/BM" under a
// chart names its sources); or its name in capitals, the initials behind slashes: "BALTINFO/af/ks", "PAP/IAR/mk"; or
// the author's initials with the agencies: "B. K. avec agences".
// Three desks' initials alone, in Latin capitals: "AMN/OID/ASG".
const DESKS_INITIALS_RE = /^[A-Z]{2,4}(?:\/[A-Z]{2,4}){2,}$/u;
const INITIALS_SIGNATURE_RE = /^\(\p{Ll}{1,3}(?:\/\p{Ll}{1,3})+\)$|^\p{Lu}{2,12}(?:\/\p{Ll}{1,3}){2,3}$|^\p{Lu}{2,12}\/\p{Lu}{2,6}(?:\/\p{Ll}{1,3}){1,2}$|^\((?!(?:[Ss]ources?|[Gg]raphiques?|[Tt]ableau|[Pp]hotos?|[Nn]otes?|[Dd]onnées|[Cc]hiffres)\))\p{Lu}[\p{L}\d&.-]{1,24}(?:\s\p{Lu}[\p{L}\d&.-]{1,24})?\)\s(?:\p{Ll}{1,3}(?:\/\p{Ll}{1,3})+|\p{Lu}{1,3}(?:\/\p{Lu}{1,3})+)$|^\p{Lu}\.(?:-\p{Lu}\.)?\s\p{Lu}(?:['’]?\p{Lu})?\.(?:\s?\/\s?(?:APS|AFP|MAP|TAP|APA|AIP|ANP|AP|Reuters|Xinhua|Kazinform)|\s(?:avec|et)\s(?:la |le |l['’])?\p{Lu}[\p{L}'’ -]{2,60}|\savec agences)?$/u;
// A flash's label: "Flash info", "Dernière minute"; a transport site's "Info trafic en direct".
const FLASH_LABEL = String.raw`flash(?: info)?|dernière minute|breaking(?: news)?|alerte info|infos? trafic en direct`;
// "Dernières nouvelles : …" over the headline (alone at the top, it may be the headline: see the head's ticker).
const LATEST_NEWS_RE = /^dernières nouvelles\s?:\s?\S.{5,300}$/iu;
// A news ticker's line: "Flash info — …", "Dernière minute : …", "▶ FLASH : …", and the last line of the page it may
// stand on.
const NEWS_TICKER_RE = new RegExp(String.raw`^(?:[▶►▸]\s*)?(?:${FLASH_LABEL})\s*[—–:|]\s*\S.{5,300}$`, "iu");
const SITE_NAME_WORDS = 4;
// The health warning French law puts under any word on alcohol, and its notice on sales to minors.
const HEALTH_WARNING_RE = /^l['’]abus d['’]alcool est dangereux pour la santé(?:[,.]?\s*(?:à|a) consommer avec modération)?\s?[.!]?$|^la vente d['’]alcool (?:est )?interdite aux mineurs(?: de moins de 18 ans)?\s?\.?$/iu;
// Words of a paragraph of the text: under an e-mail newsletter's footer, only shorter lines are the footer's.
const LETTER_TAIL_WORDS = 25;
// A footer's line: an address with its postcode, a phone, an e-mail, the copyright, the legal notice.
const FOOTER_LINE_RE = /©|(?<!\p{L})(?:tél|tel|téléphone|e-mail|courriel)\.?\s?:|mentions légales|tous droits réservés|(?<!\d)\d{5}\s\p{Lu}|^\p{Lu}{2}\d{4},\s/iu;
// What follows the site's name printed again in its footer with its rights: " – Tous droits réservés" (a copyright
// opening on "©" names its owner: see COPYRIGHT_OWNER_RE).
const NAME_RIGHTS_RESERVED_RE = /^\s?[–—|·-]\s?(?:©\s?(?:(?:19|20)\d{2}\s?)?(?:[–—|·-]\s?)?)?tous droits réservés\.?$/iu;
// Lines under the site's name printed again in which its footer's are looked for.
const FOOTER_LOOK_LINES = 3;
// Longest site's name recognised by its repeat in the page's footer.
const SITE_NAME_MAX = 90;
// An agenda's label over its next event's day: "Agenda", "Prochain événement", "À venir".
const AGENDA_LABEL_RE = /^(?:agenda|prochains? (?:événements?|rendez-vous)|à venir|à ne pas manquer|événements?|calendrier)\s*:?$/iu;
// Longest part of a date set as a calendar's leaf ("02" / "JUIL" / "2024").
const LEAF_PART_MAX = 12;
// A flash's label in capitals opening a line: "FLASH INFO — …", "DERNIÈRE MINUTE : …".
const FLASH_CAPITALS_RE = new RegExp(String.raw`^(?:${FLASH_LABEL.toUpperCase()})\s*[—–:|]`, "u");
// The same in capitals, its items after two spaces: "À LA UNE  Ligue des nations | … · …" ("À la une – Tokaïev reçoit
// Erdoğan … | Diplomatie" is a headline).
const CAPITALS_TICKER_RE = /^À LA UNE {2,}(?=.*\s[|·]\s)\S.{5,300}$/u;
// A label over three headlines or more, the same mark between them: "EN CONTINU ▸ Cocody : coupure d'eau … ▸ BRVM : …
// ▸ Examens : …" ("EN DIRECT · Émeutes au Kazakhstan : l'OTSC envoie des troupes · Jour 5" is a live page's headline).
// A flash's label may stand two spaces before them: "FLASH INFO   Délestage : … · Riz : … · Examens officiels : …" ("EN
// DIRECT   Présidentielle : … · Participation à 69 % · …" heads a live page).
const LABELLED_TICKER_RE = new RegExp(String.raw`^(?:(?:en continu|en direct|à la une|${FLASH_LABEL}|l['’]info en continu)\s*([▸►▶»|·•])|(?:${FLASH_LABEL})\s{2,}(?=.*\s([▸►▶»|·•])\s))(.*)$`, "iu");
// A chat export's stamp and sender: "[12/06/2025 10:07] Thomas G.: …".
const CHAT_STAMP_RE = /^\[\d{1,2}\/\d{1,2}\/\d{2,4},?\s\d{1,2}:\d{2}(?::\d{2})?\]\s[^:\[\]]{1,40}:\s/u;
const CHAT_STAMP_LAST_LINE = 3;
// A council's rapporteur with their office, under the point's title: "Rapporteure : Mme Claire Dumoulin, adjointe au
// maire chargée des relations internationales et du jumelage".
const RAPPORTEUR_RE = /^[Rr]apporteure?s?\s*:\s*(?:M\.|Mme)\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2},\s[^.!?]{5,160}$/u;
// A case's reference under a release's headline: "Affaire CIAM n° ARB/21/07" (as intertitles, cases head a blog's
// parts).
const CASE_REFERENCE_RE = /^(?:[Aa]ffaire|[Dd]ossier|[Rr]equête)\s+(?:\p{Lu}{2,10}\s+)?n[°o]\s?[A-Z0-9]{2,10}(?:\/[A-Z0-9]{1,10}){1,4}$/u;
// A day line opening on its weekday: "Lundi 2 juin 2025".
const WEEKDAY_FIRST_RE = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/iu;
// A flash's label and its triangle: "FLASH INFO ▸ …".
const FLASH_TRIANGLE_RE = new RegExp(String.raw`^(?:${FLASH_LABEL})\s*[▸►▶»]`, "iu");
const TICKER_ITEMS = 3;
const TICKER_ITEM_WORDS = 4;
// Sections between triangles are a breadcrumb among the page's first lines only.
const TRIANGLE_CRUMB_LAST_LINE = 15;
// The last line where a long breadcrumb from the home page is looked for (further down, a portal's path a how-to gives).
const LONG_CRUMB_LAST_LINE = 8;
const TICKER_LAST_LINE = 8;
// A phone number and the hours it answers: "01 84 60 27 15 · du lundi au samedi, 9 h – 19 h".
const SITE_PHONE_HOURS_RE = /^(?:(?:tél\.?|téléphone|appelez-nous)\s?:?\s?)?(?:\+\d{1,3}\s?(?:\(0\)\s?)?)?\d{1,4}(?:[\s.]\d{2,4}){3,5}\s?[·|–—-]\s?(?:du |de |ouvert |lun)[^.!?]{2,60}\d\s?h(?:\s?\d{2})?$/iu;
// A market's quotations one a line, among the page's first lines only.
const QUOTES_LAST_LINE = 15;
// An item of a bar of the day's rates and weather among the page's first lines: a rate ("Taux de référence BRH : 130,87
// gourdes", "1 € = 4 862,40 Ar", "1 USD = 4 035 riels"), the weather ("Port-au-Prince 33 °C"); the day's date may stand
// among them ("Mardi 11 juin 2024").
const RATE_ITEM_RE = /^[^|·]{0,50}?\d[\d\s.,]*\s?(?:gourdes?|euros?|€|dollars?|\$|tenge|livres?|dinars?|dirhams?|francs?|FCFA|roubles?|ariary|Ar|riels?|USD|EUR|KZT|RUB|XOF|XAF)(?:\s*=\s*\d[\d\s.,]*\s?\p{L}{1,8}\.?)?$/iu;
// A market's price with its change: "U3O8 spot 78,25 $/lb ▼ -0,6 %", "Lithium carb. 10,40 $/kg =".
const MARKET_ITEM_RE = /^[^|·]{1,40}?\s\d[\d\s.,]*\s?(?:[$€£]|USD|EUR)?(?:\s?\/\s?\p{L}{1,4})?\s*(?:[▲▼▴▾↑↓]\s*[+−-]?\d+(?:[.,]\d+)?\s?%|[▲▼▴▾↑↓=])$/u;
// A market's quotation alone on its line, priced by the unit, maybe with its change: "Blé tendre Rouen : 226,50 €/t
// (+1,25)", "Urée granulée 46 % : 465 €/t".
const PRICE_QUOTE_LINE_RE = /^\p{L}[^:]{1,40}\s:\s\d[\d\s.,]*\s?(?:€|\$|USD|EUR)\s?\/\s?\p{L}{1,3}(?:\s\((?:[+−-]\s?\d+(?:[.,]\d+)?|=)\))?$/u;
// A masthead's day and its weather, after a dash or a bar, the day opening the line or after a greeting: "Bonjou
// Matinik ! Mardi 25 novembre 2025 – Fort-de-France 29°C" ("Canicule historique le samedi 12 juillet 2025 – Turkestan
// 47,1 °C" is a headline).
const WEATHER_TAIL_RE = /^(?:[^!?.]{1,40}!\s)?(?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)\s\d{1,2}(?:er)?\s\p{L}+\s\d{4}\s[–—|·-]\s\p{Lu}[\p{L}'’ -]{1,30}\s-?\d{1,2}(?:[.,]\d)?\s?°C?$/u;
// The last item of a bar of the page's details, its stamp (see shapeOf), and the longest bar.
const STAMP_ITEM_RE = /^(?:mis en ligne|mise en ligne|publié|publiée|posté|postée)\s(?:le\s)?\d/iu;
const DETAILS_BAR_MAX = 200;
// A magazine's issue and its months: "N° 87 | AVRIL – MAI – JUIN 2025".
const ISSUE_MONTHS_RE = /^(?:N°|n°|No\.?|Numéro)\s?\d{1,4}\s*[|–—·-]\s*(\p{L}{3,9}\.?(?:\s*[–—/-]\s*\p{L}{3,9}\.?){1,3})\s((?:19|20)\d{2})$/u;
// The masthead's greeting and the day alone: "Ia ora na ! Mercredi 2 juillet 2025".
const GREETING_DAY_RE = /^[^!?.\d]{1,40}!\s(?:Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)\s\d{1,2}(?:er)?\s\p{L}+\s\d{4}$/u;
const WEATHER_ITEM_RE = /^[^|·]{0,40}?-?\d{1,2}(?:[.,]\d)?\s?°C?(?:\s+\S{1,2})?(?:\s+(?:[Vv]ent|[Rr]afales)\s[^|·]{0,20}?\d{1,3}\s?km\/h)?$/u;
// The tide in the same bar: "Pleine mer 14 h 52", the swell: "Houle 1,5 m".
const TIDE_ITEM_RE = /^(?:[Pp]leine|[Bb]asse) mer\s+\d{1,2}\s?[h:]\s?\d{2}$|^[Hh]oule\s+\d{1,2}(?:[.,]\d{1,2})?\s?m$/u;
// A ferry's or a flight's status in the same bar: "Traversier : départ 14h00 pour Fortune – maintenu".
const TRAVEL_ITEM_RE = /^(?:[Tt]raversier|[Ff]erry|[Bb]ac|[Nn]avette|[Vv]ols?|[Ll]iaison (?:maritime|aérienne))\s?:\s[^|·]{1,60}$/u;
const RATES_SEP_RE = /\s+[|·]\s+|\s{3,}/u;
// A wire's kind of dispatch in its header: "FLASH", "URGENT", "ALERTE", "BULLETIN", "PAPIER GÉNÉRAL".
const WIRE_KIND_RE = /(?<!\p{L})(?:FLASH|URGENT|ALERTE|BULLETIN|PAPIER GÉNÉRAL)(?!\p{L})/u;
// The share of an earlier version's words (four letters or more) the last version must repeat for it to be superseded.
const WIRE_VERSION_REPEATED = 0.6;
// A blog's list of its latest posts: "Billets récents".
// (So does "Nouvelles connexes", "Autres notes" or a live page's "Dernières dépêches" over a paragraph.)
const RECENT_POSTS_RE = /^(?:billets récents|nouvelles connexes|autres notes(?: de marché)?|dernières dépêches|autres (?:soutenances|événements|évènements|conférences|séminaires|colloques|offres|annonces|vidéos|podcasts|émissions|recettes|circuits|voyages|séjours|formations|thèses|projets|dossiers)(?: (?:du|de la|de l['’]|des) [\p{L}'’ -]{2,30})?)$/iu;
// A document's format and size closing its title: "(PDF, 184 kB)", "[PDF – 2 Mo]" ("Télécharger la note (PDF, 1,2 Mo)"
// is the page's own).
const ATTACHMENT_RE = /^(?!(?:télécharge[rz]|lire|lisez|voir|consulte[rz]|ouvrir|imprimer)(?!\p{L})).*[([](?:pdf|docx?|xlsx?|odt|ods|pptx?|zip)\s*[,;–—-]\s*\d+(?:[.,]\d+)?\s*(?:[kmg]o|[kmg]b|octets)[)\]]$/iu;
const ATTACHMENT_MAX = 160;
// The label over such documents: "Documents", "Pièces jointes", "Téléchargements" ("Publications récentes" heads the
// site's).
const ATTACHMENTS_LABEL_RE = /^(?:documents?(?: (?:joints?|à télécharger|associés))?|pièces? jointes?|téléchargements?|à télécharger|annexes?)\s*:?$/iu;
// An e-mail's unsubscribe link: "Se désinscrire", "Vous recevez ce message parce que …".
const UNSUBSCRIBE_RE = /^(?:se désinscrire|se désabonner|vous recevez (?:ce message|ce courriel|cet e-?mail|cette lettre) (?:parce que|car)\b)/iu;
// A rule drawn in text: "=====", "-----".
const RULE_LINE_RE = /^(?:={8,}|-{8,}|_{8,}|\*{8,}|~{8,}|[━─═]{8,})$/u;
// How many lines a newsletter's box holds at most.
const NEWSLETTER_BOX_LINES = 5;
// An issue's number: "N° 112 – 13 novembre 2025", "Numéro 38".
const NEWSLETTER_ISSUE_RE = /(?<!\p{L})(?:n[°o]|numéro)\s?\d{1,5}(?!\d)/iu;
// A section's name in a newsletter, numbered: "1. L'ANALYSE", "2. TROIS QUESTIONS À… DANIYAR KASSENOV".
const SECTION_NUMBER_RE = /^\d{1,2}[.)]\s+\S.{0,80}$/u;
// A day put online on a platform: "Mis en ligne sur Transbalkanica le mardi 4 novembre 2025", "Publié sur Telegram le
// …".
const PLATFORM_DATE_RE = /^(?:mis en ligne|publiée?) sur /iu;
// Or behind a colon, what it finds listed bare: "Rechercher : destinations, hôtels, activités…".
const SEARCH_PROMPT_RE = /^(?:rechercher|chercher) (?:(?:un|une|des) [^.!?,]{1,30}(?:, (?:un|une|des) [^.!?,]{1,30})+|:\s?[^.!?,:]{2,30}(?:, [^.!?,:]{2,30})+)(?:\.\.\.|…)$/iu;
const SEARCH_PROMPT_LAST_LINE = 8;
const NEWS_PROVIDED_RE = /^(?:nouvelles fournies par|news provided by)\s*:?$/iu;
const NEWS_CLIENT_MAX = 60;
const NEWS_CLIENT_WORDS = 5;
const SOLAR_STAMP_RE = /^(?:(?:[Dd]ate(?: de publication)?|[Pp]ubliée?(?: le)?|[Mm]ise? à jour(?: le)?|[Mm]odifiée?(?: le)?|[Mm]is en ligne(?: le)?)\s?:?\s?)?1[34]\d{2}\/\d{1,2}\/\d{1,2}(?:\s*[–—|-]\s*\d{1,2}:\d{2})?$/u;
// A podcast episode's number, then its day and its length, between dots: "Épisode 7 · il y a 3 semaines · 54 min".
const EPISODE_META_RE = /^(?:saison \d{1,2}\s?[·•|]\s?)?(?:é|e)pisode \d{1,4}(?:\s?[·•|]\s?(?:il y a \d{1,2} \p{L}+|\d{1,2}(?:er)? \p{L}{3,9}\.? \d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,3}\s?min(?:\s?\d{1,2}\s?s)?|\d{1,2}\s?h\s?\d{1,2}(?:\s?min)?|\d{1,2}:\d{2}(?::\d{2})?)){1,3}$/iu;
// A portal's label over its partner's other headlines: "Plus de Le Courrier de l'Économie".
const MORE_FROM_RE = /^Plus de (\p{Lu}[\p{L}'’ -]{2,60})$/u;
// The site's front page and its other headlines: "À LA UNE", "NOUVELLES DU JOUR", "Actions urgentes en cours",
// "Événements à venir".
const FRONT_PAGE_HEAD_LABEL_RE = /^à la une\s*:?$/iu;
const FRONT_PAGE_LABEL_RE = /^(?:à la une|nouvelles du jour|(?:autres )?(?:actions|campagnes|pétitions|mobilisations)(?: urgentes)? en cours|(?:nos )?(?:événements à venir|prochains événements))\s*:?$/iu;
// The label over a site's videos, and a video's link with its length: "VIDÉO", "▶ Séance du Cabinet des Ministres
// (12:04)".
const VIDEOS_LABEL_RE = /^(?:vidéos?|nos vidéos|dernières vidéos|en vidéo)\s*:?$/iu;
const VIDEO_LINK_RE = /^[▶►]\s*\S.{0,140}\(\d{1,2}:\d{2}(?::\d{2})?\)$/u;
// The label over an organisation's description: "À propos de la CIAM", "About X".
const ABOUT_LABEL_RE = /^(?:à propos d(?:e |u |es |['’])|about )\S.{0,60}$/iu;
/**
 * True when a paragraph names, in its first words, the organisation its label "À propos de …" names, with a capital
 * ("Hélixa"), or under its acronym written out ("À propos de l’OIF" / "L’Organisation internationale de la
 * Francophonie …").
 */
function namesIssuer(label: string, paragraph: string): boolean {
  const issuer = label.replace(ABOUT_LABEL_HEAD_RE, "").replace(/\s*:$/u, "");
  // A country or a town is a topic, never an issuer: "À propos de la Chine".
  if (findTag(issuer)?.kind === "place") return false;
  const named = /^\p{Lu}/u.test(issuer) && issuer.length >= 3 && paragraph.slice(0, ISSUER_NAMED_WITHIN + issuer.length).toLowerCase().includes(issuer.toLowerCase());
  // (Its founding first, "Créée en 1951, l’Organisation internationale pour les migrations …", is set aside.)
  return named || (/^\p{Lu}{2,6}$/u.test(issuer) && initialsOf(paragraph.replace(FOUNDED_FIRST_RE, "")).startsWith(issuer));
}
// Words of an organisation's description: "Avec 194 États membres, l’Organisation des Nations Unies …".
const ORGANISATION_WORD_RE = /(?<!\p{L})(?:organisation|institution|agence|association|fondation|entreprise|société|groupe|États membres|pays membres|membres|fondée?|créée?|siège)(?!\p{L})/iu;
// A person's years of life in brackets: "(1845-1904)".
const LIFE_SPAN_RE = /\((?:1[5-9]|20)\d{2}\s?[-–]\s?(?:1[5-9]|20)\d{2}\)/u;
// An issuer's founding opening its description: "Créée en 1951, ", "Fondé à Marseille en 1962, ".
const FOUNDED_FIRST_RE = /^(?:Fondée?|Créée?)s?\s(?:en|à|au)\s[^,]{1,40},\s/u;

/** True when a paragraph's first sentence says what an issuer does: "Hélixa conçoit, produit …". */
function issuerDoes(paragraph: string): boolean {
  return ISSUER_DOES_RE.test(paragraph.split(/[.!?](?:\s|$)/u)[0]);
}

/**
 * The initials of a name written out at the start of a line, its little words left out: "L’Organisation internationale
 * de la Francophonie a …" gives "OIFA…".
 */
function initialsOf(v: string): string {
  return v
    .replace(/^(?:l['’]|le |la |les )/iu, "")
    .split(/[\s'’-]+/u)
    .filter((w) => w && !/^(?:de|du|des|la|le|les|l|d|et|pour|en|à)$/iu.test(w))
    .map((w) => w[0].toUpperCase())
    .join("");
}
// The owner a copyright names, the year before it: "© 2025 Ministère des Affaires étrangères de la République du
// Tadjikistan. Tous droits réservés.", "Copyright © 2024 Le Courrier des steppes".
const COPYRIGHT_OWNER_RE = /^(?:©|[Cc]opyright(?:\s?©)?)\s?(?:19|20)\d{2}\s(\p{Lu}[^.©|–—·]{2,120}?)(?:\.?\s(?:[Tt]ous droits|[Aa]ll rights).*|\.)?$/u;
// What an issuer's description says it does: "conçoit", "gère", "a pour mission".
const ISSUER_DOES_RE = /(?<!\p{L})(?:conçoit|gère|produit|exploite|fournit|accompagne|développe|rassemble|regroupe|fédère|représente|opère|dessert|emploie|accueille|a accueilli|s['’]engage|travaille|a pour (?:mission|vocation|objet))(?!\p{L})/u;
// The words of that label before the organisation's name.
const ABOUT_LABEL_HEAD_RE = /^(?:à propos (?:de l['’]|de la |de |du |des |d['’])|about (?:the )?)/iu;
// The issuers' boxes a joint release sets one under another.
const ISSUER_BOXES_MAX = 2;
// How far into the description's first line the organisation is named.
const ISSUER_NAMED_WITHIN = 60;
// The subject of an issuer's description, its name and acronym: "Le Comité international de la Croix-Rouge (CICR)" in
// "Le Comité international de la Croix-Rouge (CICR) est une organisation …".
const STANDING_SUBJECT_RE = /^(\p{Lu}[^.()]{2,80}\((\p{Lu}{2,8})\)) (?:est|sont) (?:une?|le|la|l['’])/u;
// A release's kind then its day, as a meta line: "Communiqué de presse — 22 janvier 2026".
const QUOTED_RELEASE_LABEL_RE = /^communiqué(?: de presse)?\s[—–|-]\s/iu;
// A release's dateline naming its issuer: "Astana (CICR) – ", "GENÈVE (OMS) — ".
const RELEASE_DATELINE_RE = /^\p{Lu}[\p{L}' -]{1,30} \((\p{Lu}{2,8})\) [–—-] /u;
// The issuer describing itself: "Fondé en 1962 à Marseille, Marenord Lines est un armateur …", "Kazatomprom est le
// premier producteur mondial …".
const ISSUER_DESCRIPTION_RE = /^(?:(?:Fondée?|Créée?)s?\s(?:en|à|au)\s|\p{Lu}[^.]{0,80}\s(?:est|sont)\s(?:un|une|le|la|l['’]|aujourd['’]hui)\s?)/u;
const ABOUT_PARAGRAPHS_MAX = 3;
// An invitation to contact the press office: "Pour de plus amples informations, veuillez prendre contact avec la
// Section des relations avec les médias", "Pour plus d'informations, veuillez contacter :".
const PRESS_CONTACT_INVITE_RE = /^pour (?:de plus amples|plus d['’]) ?informations?,?\s(?:veuillez |merci de |n['’]hésitez pas à |les journalistes sont (?:invités|priés) à )?(?:prendre contact|contacter|vous adresser|écrire)\b.{0,200}$/iu;
// A release's end mark, alone on its line, over its notes to the editors (see NOTES_TO_EDITORS_RE).
const RELEASE_END_MARK_RE = /^(?:#\s*#\s*#|-\s?30\s?-)$/u;
// The label over a release's press contacts: "Contacts presse", "Contact médias :", "Relations presse", "Contact pour
// les médias".
const PRESS_CONTACTS_LABEL_RE = /^(?:contacts?|relations?) (?:pour les )?(?:presse|médias?)\s*:?$/iu;
// A press contact on the label's line: "Contact presse : Service de presse de l’OIF – presse@francophonie.org".
const PRESS_CONTACT_LINE_RE = /^(?:contacts?|relations?) (?:presse|médias?)\s?:\s?\S.{0,200}$/iu;
// The end of a press release: "###", "# # #", "-30-", "– FIN –".
const RELEASE_END_RE = /^(?:#{3}|# # #|-\s?30\s?-|[—–-]+\s?FIN\s?[—–-]+)$/u;
// The label over a page's contacts: "CONTACTS", "Contacts clés", "Contact :", "VOS CONTACTS".
const CONTACTS_LABEL_RE = /^(?:votre contact|(?:vos |nos )?contacts?(?: clés| utiles)?)\s*:?$/iu;
// (Only under the text: amid it, such a call gives the readers a service's address.)
const CONTACT_CALL_RE = /^(?:pour (?:plus d['’]informations|de plus amples informations|tout renseignement|toute information)(?: complémentaire)?,? (?:veuillez )?contacter|renseignements)\s*:?$/iu;
// A contact's phone number or e-mail address: "+44 20 3530 1184", "01 53 67 40 12", "cverhaeghe@dvk-avocats.com".
const CONTACT_DETAIL_RE = /(?<![\p{L}\d])(?:\(?\+\d{1,3}\)?|0\d)(?:[\s.]?\(?\d{1,4}\)?){3,6}(?!\d)|[\p{L}\d._-]+@[\p{L}\d-]+\.[\p{L}.]{2,}/u;
// How many lines under the label may hold them: "Analyste principal : …" / "+44 20 3530 1184", "Anna-Maria DEVRIENDT" /
// "Attachée de presse" / "(+32) 2 28 40000 (BXL)".
const CONTACT_LOOKAHEAD = 3;
// A site pointing to its own articles: "Retrouvez nos reportages", "notre dossier", "sur notre site".
const OWN_CONTENT_RE = /(?<!\p{L})(?:retrouvez|relisez|(?:notre|nos) (?:dossiers?|séries?|précédent(?:e|s|es)?|enquêtes?|reportages?|analyses?|articles?)|sur (?:notre|ce) site)(?!\p{L})/iu;
// Openers of a block of links that are also intertitles of the text they stand over: "Nos recommandations".
// A sentence under such a label, the text's: eight words or more, ending on its stop, advice to the reader (a teaser's
// title, even written as a sentence, tells news: "Uranium : Kazatomprom relève ses prévisions …").
const SENTENCE_UNDER_OPENER_WORDS = 8;
// Advice in the second person plural: "Ne présentez pas vos remorques …", "…, prévoyez une autonomie …".
const ADVICE_VERB_RE = /(?<!\p{L})\p{Ll}{2,}ez(?!\p{L})/u;
const INTERTITLE_OPENER_RE = /^(?:nos recommandations|notre sélection|à ne pas manquer)$/iu;
// An institution's name, opening on what it is: "Ambassade de la République du Kazakhstan"; its words, at most, as the
// text's issuer under its headline.
const ISSUER_WORDS = 8;
const INSTITUTION_NAME_RE = /^(?:Ambassade|Consulat(?: général)?|Mission permanente|Représentation permanente|Délégation|Ministère|Chambre|Association|Fédération|Institut|Université|Centre|Office|Agence|Conseil|Commission|Fondation)\s(?:de|du|des|d['’])\s?/u;
// Most words of a site's name over its tagline in small letters, over its menus.
const SITE_NAME_MAX_WORDS = 8;
// The site's tagline stands among the page's first lines.
const TAGLINE_LAST_LINE = 3;
// A site's menu names its home page or its contact.
const SITE_MENU_WORD_RE = /(?<!\p{L})(?:accueil|contact|à propos|qui suis-je)(?!\p{L})/iu;
// A blog's tagline written as a sentence is one line's worth.
const TAGLINE_SENTENCE_MAX = 160;
// A reader's account links in a masthead: "Se connecter   S'abonner   Le journal numérique".
const ACCOUNT_LINKS_RE = /(?<!\p{L})(?:se connecter|s['’]abonner|connexion|mon compte|journal numérique|édition numérique|e-journal)(?!\p{L})/iu;
// A site saying what it is, under its name: "Le magazine de l’architecture et de la ville", "Le premier hebdomadaire
// égyptien d'expression française" (eight words at most: "Le premier magazine kazakh de mode arrive dans les kiosques
// parisiens" is a headline).
// ("Le quotidien Vremia privé d’accréditation …" is a headline naming another.) Or without its article, what it gives:
// "Hebdomadaire d'informations locales de la vallée de la Dronne, depuis 1946"; its promise: "L'information qui vous
// concerne", "L'info au quotidien" ("L'info qui a marqué la semaine" is a headline).
const SITE_SELF_RE = /^L['’](?:information|info|actualité) (?:qui vous (?:concerne|intéresse|ressemble)|au quotidien|autrement|sans filtres?|en continu|de proximité|en temps réel)$|^(?:Le|La|L['’]) ?(?:magazine|quotidien|journal|hebdomadaire|mensuel|site|portail|revue|média) (?!\p{Lu})|^(?:Hebdomadaire|Quotidien|Mensuel|Bimensuel|Journal|Magazine) (?:d['’]informations?|d['’]actualités?|régional|local|indépendant|gratuit)(?!\p{L})|^(?=(?:\S+\s){0,7}\S+$)(?:Le|La|L['’]) ?(?:premier|première|seul|seule|grand|grande|nouveau|nouvelle|petit|petite) (?:magazine|quotidien|journal|hebdomadaire|mensuel|site|portail|revue|média) (?!\p{Lu})/u;
// A name, its words capitalised but for the little ones: "Le Courrier de la Vallée" (not a headline: "Les pétroglyphes de
// Tamgaly sortent de l'oubli").
const NAME_WORDS_RE = /^\p{Lu}[\p{L}'’.-]*(?:\s(?:(?:de|du|des|la|le|les|et|en|sur|l['’]|d['’])\s?)*\p{Lu}[\p{L}'’.-]*)*$/u;
// A site's year of birth closing its tagline: ", depuis 1946", " depuis 1987".
const SINCE_YEAR_RE = /^[^\d]*,?\sdepuis (?:1[89]|20)\d{2}$/u;
// A site's name, then its tagline behind a bar: "VNP – Vietnam Presse | Le service en français de l’Agence …".
// ("Décryptage | La diplomatie multivectorielle du Kazakhstan …" is a headline behind its label.)
const SITE_TAGLINE_BAR_RE = /^[^|.!?]{2,40}\s\|\s(?:Le|La|Les|L['’])\s?(?:service|portail|site|quotidien|journal|magazine|hebdomadaire|hebdo|agence|média|radio|chaîne|information|actualité|info|référence|voix|premier|première|revue)(?!\p{L})[^|.!?]{5,90}$/u;
// A print issue's number opening or closing a date line: "N° 58 – Octobre 2024", "Vendredi 5 juillet 2024 · n° 812"
// ("Rapport d'information n° 123 (2023-2024), déposé le 8 novembre 2023" dates a report under its title).
// (Or between the letter's name and its month: "LA LETTRE — N° 58 — NOVEMBRE 2025", "N° 1 212 |".)
const ISSUE_MARK_RE = /^(?:n°|numéro)\s?\d|(?<!\p{L})(?:n°|numéro)\s?\d{1,5}$|(?<!\p{L})(?:n°|numéro)\s?\d{1,3}(?:[\s\u00a0\u202f]\d{3})*\s[—–|·•]\s/iu;
// A print issue's number alone: "Numéro 1543", "N° 58".
const ISSUE_NUMBER_RE = /^(?:numéro|n[°o])\s?\d{1,5}$/iu;
// The label over a newsletter's contents: "Dans ce numéro", "Sommaire" ("Au sommaire :" may list a programme's topics,
// "Dans cette édition :" a forum's panels).
const CONTENTS_OPENER_RE = /^(?:dans ce numéro|au sommaire de ce numéro|sommaire)\s*:?$/iu;
// A mailing list's digest's contents, "Thèmes du jour :" over its messages numbered, their authors in brackets: "   1.
// Législatives : Touïakbaï refuse son siège (Pierre Garnier)" (a programme's "Thèmes du jour :" lists its topics).
const DIGEST_TOPICS_RE = /^(?:thèmes du jour|today['’]s topics)\s*:?$/iu;
const DIGEST_TOPIC_RE = /^\d{1,3}\.\s.{2,200}\([^()]{2,60}\)$/u;
// A source's name as a press database files it: "Le Courrier de l'Ouest-Atlantique (site web)".
const DATABASE_SOURCE_RE = /^[^.!?:;()]{2,80}\s\((?:site web|web|édition (?:papier|numérique|abonnés))\)$/u;
// A town, a place in it, then a day: "Metz, campus du Saulcy, 14 mars 2025", "Genève, Palais des Nations, le 3 juin
// 2024".
const EVENT_PLACE_DATE_RE = /^\p{Lu}[\p{L}'’-]+,\s(?:[\p{L}'’-]+\s){0,4}[\p{L}'’-]+,\s(?:le\s)?\d{1,2}(?:er)?\s\p{L}+\s\d{4}$/u;
// A figure's placeholder opening its caption: "[Figure 1]", "[Photo]", "[Carte 2]".
const FIGURE_LEAD_RE = /^\[(?:[Ff]igure|[Ff]ig\.|[Pp]hoto|[Ii]mage|[Ii]llustration|[Gg]raphique|[Cc]arte|[Ii]nfographie)(?:\s?\d{1,2})?\]\s\p{Lu}/u;
// A translation service's label over its translation of the title: "Titre traduit : …".
const TRANSLATED_TITLE_RE = /^((?:[Tt]itre traduit|[Tt]raduction du titre)\s?:\s?)(\p{Lu}.{9,250})$/u;
// The label over a panel's speakers: "Intervenants : …", "Modération : …".
const PANEL_RE = /^(?:[Ii]ntervenant(?:e)?s|[Pp]articipant(?:e)?s|[Pp]anélistes|[Oo]rat(?:eur|rice)s|[Mm]odérat(?:eur|rice)|[Mm]odération)\s?:\s\p{Lu}[\p{L}'’.-]+\s\p{Lu}/u;
// An event's kind, its day, maybe its town: "Conférence-débat du mercredi 18 septembre 2024, Paris".
const EVENT_KIND_DATE_RE = /^(?:[Cc]onférence(?:-débat| de presse)?|[Cc]olloque|[Ss]éminaire|[Tt]able ronde|[Rr]encontre|[Dd]ébat|[Ww]ebinaire|[Aa]telier|[Jj]ournée d['’]études?)\s(?:du|le)\s(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s)?\d{1,2}(?:er)?\s\p{Ll}+\s\d{4}(?:,\s\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2})?$/u;
// A town, a dash, a name: "Riyad — Le Royaume Aujourd’hui".
const TOWN_DESK_RE = /^\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?\s[—–]\s(\p{Lu}[^.!?:;«»()]{2,60})$/u;
const HEAD_AGENCY_CREDIT_RE = new RegExp(String.raw`^(?:\p{Lu}[^.!?:;«»()]{1,60}|(?:\p{Lu}\.\s?){1,3})\s(?:avec (?:l['’])?(?:AFP|Reuters|AP|agences)|\([Aa]vec (?:l['’])?(?:AFP|Reuters|AP|agences)\))$|^${PERSON_NAME}\savec (?:l['’])?[Aa]gence \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?$`, "u");
const TEXT_CREDIT_RE = /^(?:\((?:[Aa]vec |[Ss]ource\s?:\s?)?(?:l['’])?(?:AFP|Reuters|AP|AA|ATS|Belga|Sputnik|Kazinform|Xinhua|TASS|agences?)(?:\s*(?:et|,)\s*(?:l['’])?\S+){0,3}\)\.?$|[Aa]vec (?:l['’])?(?:AFP|Agence France-Presse|Reuters|AP|agences?|La Presse [Cc]anadienne|Belga|ATS|APS|MAP|ANSA|Kazinform|\p{Lu}\.\p{Lu}{3,10})(?:\s*(?:et|,)\s*(?:l['’])?\S+){0,3}\.?$|(?:\([Aa]vec (?:l['’])?(?=[^)]+\)\.?$)|[Aa]vec )(?:ACP|AIP|APA|AGP|ANP|AIB|ATOP|AMAP|ABP|ACI|TAP|KUNA|WAM|QNA|SPA|MENA|BTA|CTK|HINA|STA|MTI|PAP|LUSA|EFE|DPA|PTI|ANI|NNA|IRNA|TASR|KABAR|AKIpress|Trend|Azertac|Xinhua|TASS|Sputnik|Anadolu)\)?\.?$|[\p{Lu}\d][\p{L}\d'’.-]*(?:\s[\p{Lu}\d][\p{L}\d'’.-]*){0,2}\savec (?:AFP|Reuters|AP)$|(?:[—–]\s?)?(?:[Ll]a )?[Rr]édaction(?: (?:de |d['’]|du )?(?=\S*[\p{Lu}\d])[\p{L}\d'’.-]+){0,2},? avec (?:l['’])?(?:AFP|Reuters|AP|agences)$|[—–]\s?(?:[Ll]a )?[Rr]édaction,? avec (?:notre|nos) (?:correspondante?s?|envoyée?s? spéciale?s?)\b[^.]{0,50}$|\*?[Aa]vec (?:la rédaction|le bureau|notre bureau|notre correspondante?|nos correspondants) (?:de |d['’]|du |à |au |en )\p{Lu}[\p{L}'’ -]{1,30}\.?$|[Aa]vec (?:des |les )?informations (?:de |d['’]|du )(?:l['’])?(?:AFP|Reuters|AP|agences|(?:La )?Presse canadienne|\p{Lu}{2,}[\p{L}-]*)\.?$|[Tt]raduit (?:de l['’]\p{L}+|du \p{L}+|par)(?:\s|\.?$)|(?:[Aa]rticle|[Tt]exte) traduit (?:de l['’]\p{L}+|du \p{L}+)(?:\s+par\s+[^,.]{1,60})?\.?$|[Aa]dapté (?:de l['’]\p{L}+|du \p{L}+|par)\s|[Rr]ésumé en français\s?:\s?\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}$|(?:[Cc]et article|[Cc]e texte|[Cc]ette tribune|[Cc]et entretien) a (?:été )?(?:initialement |originellement |d['’]abord |précédemment )?(?:été )?publié|[Aa]rticle (?:initialement|originellement) publié|(?:[Aa]rticle|[Tt]exte) original (?:publié|paru) (?:par|dans)\s\S.{0,100}[^:\s]$|(?:[Cc]et )?[Aa]rticle (?:est )?paru dans\s|[Cc]ette (?:lettre|newsletter) a été (?:préparée|rédigée) par\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}(?:,\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}){0,3}(?:\set\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})?\.?$|[Ss]ervice de presse\b)/u;
// A communication service signing under the text's last paragraph: "Service communication FFE" (see classifyLines: in a
// list of services, "Service médical FFS" / "Service communication FFS", it is an item).
const COMMUNICATION_SERVICE_SIGN_RE = /^[Ss]ervice (?:de (?:la )?)?communication (?:de la |du |de l['’]|des |de )?\p{Lu}[\p{L}\d'’-]*(?: \p{Lu}[\p{L}\d'’-]*){0,3}$/u;
// The author and date under an embedded post: "— Kassym-Jomart Tokayev (@TokayevKZ) July 4, 2024".
const EMBEDDED_POST_AUTHOR_RE = /^[—–-]\s.{1,60}\(@\w+\)\s+(?:\p{L}+\.? \d{1,2}, \d{4}|\d{1,2}(?:er)? \p{L}+\.? \d{4})$/u;
// News agencies that sign a dispatch alone on its line.
const AGENCIES = String.raw`AFP|Reuters|AP|ATS|Keystone-ATS|Belga|ANSA|dpa|DPA|Anadolu|AA|Kazinform|TASS|Xinhua|Sputnik|Interfax|MAP|APS|APA|Trend|AKIpress|PAP`;
// An agency's signature alone, or a desk's initials with it: "ATS/AFP", "AFP", "V.D. avec AFP".
// "(MAP)" closing a dispatch stands in brackets, so does "(TAP)" (alone, "TAP" names a pipeline).
const AGENCY_SIGNATURE_RE = new RegExp(String.raw`^(?:(?:\p{Lu}\.){1,3}\s*(?:avec|et|\/)\s*)?(?:${AGENCIES}|RIA Novosti|\((?:${AGENCIES}|TAP)\)|\([Aa]vec (?:l['’](?:${AGENCIES})|\p{Lu}{2,6})\))(?:\s*(?:\/|,|et)\s*(?:${AGENCIES}|Keystone|KEYSTONE))*$`, "u");
// An author, then the agency that helped in brackets: "Nicolas Froidevaux (avec ATS)"; or the agency and the outlet
// the author writes for: "Piotr Zaremba (PAP, Radio Wisła)".
const NAME_WITH_AGENCY_RE = new RegExp(String.raw`^${PERSON_NAME}(?:\s(?:et|avec)\s${PERSON_NAME})?\s\((?:[Aa]vec (?:l['’])?(?:${AGENCIES}|agences)|(?:${AGENCIES}),\s\p{Lu}[^()]{2,40})\)$`, "u");
const ISSUED_BY_RE = /^\((?:(?:[Cc]ommuniqué|[Tt]exte|[Ii]nformation) (?:par|de) (?:le |la |les |l['’])\p{L}[^()]{2,200}|[Ss]ources?\s?:\s?\S[^()]{1,160})\)$/u;
const ANSWER_AUTHOR_RE = /^Réponse d(?:u|e la|e l['’]) (?:vice-premier |vice-première |premier |première )?(?:ministre|secrétaire d['’]État)\b[^.!?]{0,240}(?<!\p{L})à la question n°\s?[\d-]+/u;
const AGENCY_NAME_RE = new RegExp(String.raw`^(?:${AGENCIES})$`, "iu");
const NAME_WITH_OUTLET_RE = new RegExp(String.raw`^(?=\p{Lu}\p{Ll})${PERSON_NAME},\s(\p{Lu}{2,}(?:[\s-]\p{Lu}{2,}){0,3})$`, "u");
// Initials and an agency: "PZ/PAP", "STR/AFP".
const INITIALS_AGENCY_RE = /^\p{Lu}{2,3}\/\p{Lu}{2,5}$/u;
// Photo agencies beside the news agencies: "RUSLAN PRYANIKOV / EPA", "STR / Getty Images".
const PHOTO_AGENCIES = String.raw`EPA|Getty Images|Sipa|Maxppp|Abaca`;
// A photo agency known by its name (maybe in capitals) and its photographer, or a photographer and the agency:
// "Keystone / Pavel Mikheyev", "KEYSTONE / Nadia Kessler", "AFP / Daniel Kerrigan", "RUSLAN PRYANIKOV / AFP", "Daniyar
// Kassymov / AFP".
const NAMED_PHOTO_AGENCY_RE = new RegExp(String.raw`^(?:(?:Keystone|KEYSTONE|Reuters|REUTERS|AFP|EPA|Getty Images|Sputnik|Belga|BELGA|Anadolu|Xinhua|Akorda|Imago|IMAGO|Shutterstock|Alamy|Maxppp|MAXPPP|Sipa|SIPA|Abaca|ABACA|Hans Lucas)\s?\/\s?${PERSON_NAME}|(?:\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){1,2}|\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ -]\p{Lu}\p{Ll}[\p{L}'’-]*){1,2})\s?\/\s?(?:${AGENCIES}|${PHOTO_AGENCIES}))$`, "u");
// A photo agency and its photographer: "KEYSTONE/Noé Berset", "AFP/Ruslan Abenov" (not a research programme's label,
// "PROGRAMME RUSSIE/EURASIE").
const PHOTO_AGENCY_RE = /^(?!(?:PROGRAMME|PÔLE|DÉPARTEMENT|OBSERVATOIRE|RUBRIQUE|DOSSIER|SECTION)\s)\p{Lu}{2,}(?:[ -]\p{Lu}{2,})?\s?\/\s?\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){0,3}$/u;
// Two words in capitals apart by a spaced slash, neither a picture's source, name a section and its subsection:
// "ÉCONOMIE / TOURISME" ("STR / AFP" credits).
const SECTION_PATH_RE = /^\p{Lu}{2,}\s\/\s\p{Lu}{2,}$/u;
// What names a picture's source, in capitals or not: "STR / EPA", "HANDOUT / AKORDA", "KAZINFORM / PHOTOS".
const PICTURE_SOURCE_RE = new RegExp(String.raw`(?<!\p{L})(?:${AGENCIES}|${PHOTO_AGENCIES}|Getty|Akorda|Imago|Handout|Pool|STR|Photos?|DR)(?!\p{L})`, "iu");
// A caption that ends with its credit: "Le président à Astana, le 4 mars 2024. © Akorda", "(Photo AFP)", "/ Reuters",
// "… à Rabat, mardi. (DR)", "… au Plateau. (Ph : DR)", "… au Kazakhstan. Photo d'archives Florent Gaillard", "….
// KEYSTONE/EPA/Mark Halloway", "… dimanche 6 octobre. Photo Daniyar Ospanov. AFP", "… le 17 juin 2025. (Xinhua/Ding
// Haitao)", "… le 4 juin 2024. (OPDS/Aliya Seitkali)", "… lundi. Photo Réveil de Lyon/Maxime Tardy" (no final stop),
// "(ILIA PETROV / POOL / AFP)", "( AFP / Daulet ISMAGULOV )", "(POOL/AFP/Alexandr BOGDANOV)", "[Keystone - Nicolas
// Aebi]", "Photo Alibek Sultanov/Pool/AFP", "— Pavel Orlov/AP/SIPA". "… le 6 novembre 2025. Crédit : Maison-Blanche /
// Flickr", "… Crédits : Ministère des Armées" (a lender after a fact, "Autoroute … : section à péage de 64 km. Crédit :
// Eximbank de Chine", credits no photo), "… près de Novorossiïsk. Photo d'illustration : DR", "… jeudi. Photo K.I. /
// Jean-Marc Bélénus", "…, en 2022. - Archives Le Flambeau acadien: Réjean Cormier", a neighbour's language's "… mardi
// au ministère. FOTO: SF", "… d'Astana, jeudi. Capture d'écran ETV", "… la signature des accords à Astana / Photo DR",
// "… des microturbines. Photo RdA/J.-M. B.", "… le 10 mars 2026. JULIEN MARESCAUX / AGENCE LUMEN", "… le 1er novembre
// 2023. Présidence de la République du Kazakhstan" (the institution after one sentence only, its name alone).
// A work's caption, its artist, title and year, its medium and size: "Aïdana Sarsenbaïeva, Balkhach, l'après-midi,
// 2023. Huile sur toile, 140 × 180 cm. Courtesy de l'artiste et Galerie Nomade, Paris." (an auction's result, "… 90 ×
// 120 cm. Adjugé 48 000 €", is the text's).
const ARTWORK_CAPTION_RE = /^\p{Lu}[^.!?]{2,120},\s(?:vers )?\d{4}\.\s\p{Lu}[^.!?]{2,80}\s\d{1,4}(?:[,.]\d{1,2})?\s?[×x]\s?\d{1,4}(?:[,.]\d{1,2})?(?:\s?[×x]\s?\d{1,4}(?:[,.]\d{1,2})?)?\s?cm(?:\.\s(?:[Cc]ourtesy|[Cc]ollection|[Pp]hoto|[Cc]rédit|©)[^.!?]{0,120})?\.?$/u;
const CAPTION_CREDIT_RE = /(?:\s[Pp]hoto(?: d['’](?:illustration|archives?)| archives?)?\s+(?:L[ea] )?\p{Lu}{2,}[\p{L}-]*\s?\/\s?\p{Lu}.{0,60}|\s©\s?\S.{0,80}|\sPHOTOS?\s+[^\p{Ll}]{2,60}|\s[Pp]hoto credits?\s*:\s*\S.{0,60}|\((?:[Pp]hoto|[Pp]h\.?\s?:|[Cc]rédit|©)[^)]{0,80}\)|\([Pp]hoto (?:de l['’]aut(?:eur|rice)|DR|d['’]archives?)\)\.|\.\s\((?:DR|D\.R\.|[Dd]roits réservés)\)|\.\s\((?:Xinhua|AFP|Reuters|AP|Sputnik|TASS|Kazinform|Anadolu|EPA|Getty Images|Akorda|\p{Lu}{2,6})\s?\/\s?\p{Lu}\p{Ll}[\p{L}'’.-]*(?:[\s-]\p{Lu}[\p{L}'’.-]+){1,3}\)|\s\(\s?\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})?(?:\s?\/\s?\p{Lu}{2,})*\s?\/\s?\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+)?\s\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*\s?\)|\s\[\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?\s?[-–\/]\s?\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}\]|\b(?:[Pp]hoto(?: d['’](?:illustration|archives?))?|[Cc]rédit photo|[Cc]artographie|[Ii]nfographie|FOTO|Foto)\s*:\s*[^.]{1,60}|\.\s(?:Photo|Crédit photo)\s*:\s*[^.]{1,60}\.|[.)]\s\((?=[^()]*\p{Lu}{2})[^()/]*\S\s+\S[^()/]*\/[^()]{1,60}\)|\.\s[Pp]hoto\s+\p{Lu}[\p{L}'’-]+(?:\s(?:de |du |des |d['’])?\p{Lu}[\p{L}'’-]+){0,3}\s?\/\s?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}|\.\s[Pp]hoto\s+\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}\.\s(?:AFP|Reuters|AP|EPA|Sputnik|Xinhua)\.?|[.)]\s[Pp]hoto\s+(?=[^.]*\b\p{Lu}{2,}\b)\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}\s?\/\s?\S.{0,40}|\.\s\p{Lu}{2,}(?:[ -]\p{Lu}{2,})?(?:\/\p{Lu}{2,}){0,2}\/\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}|\.\s[Pp]hoto(?: d['’](?:archives?|illustration))?\s+\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+){1,2}|\.\s[-–—]\s(?:Photos?|Crédit)\s\p{Lu}[\p{L}'’ .-]{1,40}|\.\s[Cc]apture d['’]écran\s\p{Lu}[\p{L}\d'’ .-]{1,40}|\.\s[-–—]\sArchives\s\p{Lu}[\p{L}'’ .-]{1,40}:\s?\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2}|\.\s(?:AFP|AP|Reuters|REUTERS|EPA|Sputnik|Xinhua|Belga|Anadolu|Getty Images)(?:\s?\/\s?\p{Lu}{2,})*\s[-–]\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}|[.)]\s[—–]\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}\s?\/\s?\p{Lu}{2,}(?:\s?\/\s?\p{Lu}{2,})*|\s[/|]\s*(?:AFP|Reuters|AP|Sputnik|Akorda|DR|Getty Images)\.?|\s\/\s*[Pp]hoto\s+(?:AFP|Reuters|AP|Sputnik|Akorda|DR|Getty Images)\.?|(?<!\s:\s.*)\.\s[Cc]rédits?\s*:\s*(?:\p{Lu}[^./]{1,40}\s?\/\s?(?:\p{Lu}\.\s?)?\S[^.]{0,40}|\p{Lu}[\p{L}'’-]+(?:\s(?:des |de |du |la |le |d['’])?\p{Lu}[\p{L}'’-]+){0,2})|\.\s[Pp]hoto\s+(?:\p{Lu}\.){1,3}\s?(?:\/|\s[–—-])\s?\p{Lu}[\p{L}'’.-]+(?:[\s-]\p{Lu}[\p{L}'’.-]+){0,3}|\s(?:[Pp]hoto|[Ii]mage|[Ii]llustration) (?:de|par) \p{Lu}[^.]{0,60} (?:sur|via) (?:Unsplash|Pexels|Pixabay|Flickr|Shutterstock|Getty Images|Wikimedia Commons|iStock)\.?|\.(?<=^[^.!?]{10,250}\.)\s(?:Présidence|Service de presse|Ministère|Ambassade|Gouvernement|Akorda|Kremlin|Élysée)(?:\s(?:de la |de l['’]|des |du |de |d['’])[^.,;:]{2,60})?|\.\s[Pp]hoto\s+\p{Lu}\p{L}{1,10}\s?\/\s?\p{Lu}\.(?:-\p{Lu}\.)?(?:\s?\p{Lu}\.){0,2}|\.\s\p{Lu}{2,}(?:[\s-]\p{Lu}{2,}){1,3}\s\/\s\p{Lu}{2,}(?:[\s-]\p{Lu}{2,}){0,3})\s*$/u;
// A caption's credit in capitals, after its sentence: ". (FRANCEINFO)" (an agency's "(AFP)" or "(REUTERS)" closes a
// dispatch's text, "(NDLR)" an editor's note).
const NEWSROOM_CREDIT_END_RE = /\.\s\((?!(?:AFP|REUTERS|ATS|DPA|ANSA|BELGA|NDLR|TASS|XINHUA|SPUTNIK|ANADOLU|KAZINFORM|INTERFAX)\))\p{Lu}{4,}(?:[\s-]\p{Lu}{2,}){0,3}\)$/u;
// The line that opens a bibliography: "bibliography", "Bibliographie", "Références", "Sources :", maybe with a remark
// in brackets ("Pour aller plus loin (mes lectures avant le départ)", "Bibliographie (extraits)"), a numbered section's
// "4. Pour aller plus loin", a video's description's "📚 Sources" (the emoji before it).
const BIBLIOGRAPHY_MARKER_RE = /^(?:[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}]\uFE0F?\s?)?(?:\d{1,2}[.)]\s+(?=pour aller plus loin|bibliographie|références))?(?:bibliography|bibliographie|références(?: bibliographiques| citées(?: dans (?:l['’]|cet |cette |le |la )?(?:épisode|émission|article|entretien))?)?|bibliographie (?:indicative|sélective|sommaire)|éléments de bibliographie|textes de référence|documents de référence|ouvrages cités|references|sources(?: et références| et pour aller plus loin)?|notes et références|notes|notes de fin|pour aller plus loin(?:\s?:\s?(?:sélection bibliographique|bibliographie|lectures|références))?|pour en savoir plus)(?:\s\([^()]{1,40}\))?\s*:?$/iu;
// What a reference holds: a URL, a year in brackets "(2006)" or after a name "2018.", a DOI, pages "pp. 72-84".
const REFERENCE_HINT_RE = /https?:\/\/|www\.|\(\d{4}[a-z]?[,)]|\b(?:19|20)\d{2}\.|doi:|\bpp?\.\s?\d/iu;
// A heading framed like a title that quotes a full sentence: "Conflits internationaux : « la voie … négociations. »".
const QUOTED_TITLE_RE = /^[^«».!?]{2,80}\s:\s«[^«»]{2,140}[.!?…]\s*»$/u;
// A headline opening on a title in quotation marks, its own sentences in them: "« L’Or des Saka. Trésors du Kazakhstan
// antique » : les coulisses d’un prêt exceptionnel".
// (Not someone's words: "« Nous ne reconnaîtrons pas ces quasi-États. C'est notre position » : Tokaïev face à …".)
const QUOTED_OPENING_TITLE_RE = /^«(?![^»]*(?<!\p{L})(?:je|j['’]|nous|vous|tu|il|elle|ils|elles|on|c['’]est|est|sont|ne|n['’])(?!\p{L}))[^«»]{2,100}»\s:\s[^«».!?]{2,100}$/iu;

// A blog post's footer: who posted it, at what time ("Publié par Bernard Lefaucheux à 18:40").
const POSTED_AT_TIME_RE = /^(?:publié|posté|rédigé) par \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} à \d{1,2}[:h]\d{2}$/iu;
// Words that make a date line the article's own publication stamp: "Publié le", "Mis à jour le", "Modifié le", a
// daily's "Paru dans l'édition n° 13652 du lundi 2 septembre 2024" (a book's "Paru le …" is its own).
const PUBLICATION_WORD_RE = /publi|mis(?:e)? à jour|mis en ligne|modifi|actualis|parue? dans (?:l['’]|notre )édition|achevée? de rédiger/iu;
// An update's stamp: "Modifié le 15/10/2024 à 08:12", "Mis à jour le …".
const UPDATE_STAMP_RE = /^(?:modifié|mis à jour|mise à jour|actualisé)(?: le)?\s/iu;
// The label of the day a page was last changed: "Date de modification :", "Date de dernière modification :".
const PAGE_MODIFIED_RE = /^date de (?:la )?(?:dernière )?modification\s?:/iu;
// An agency's stamp under its dispatch, a date line of its own: "AFP — 17 juin 2025 à 13:47".
const AGENCY_STAMP_RE = new RegExp(String.raw`^(?:${AGENCIES})\s*[—–-]\s*\d`, "u");
// An intertitle set between dashes, as agency dispatches print them: "- Chaise vide -", "– Centrale nucléaire –".
const DASHED_INTERTITLE_RE = /^[-–—]\s+[^-–—.!?]{2,80}[^\s.!?]\s+[-–—]$/u;
// A short line of a label, a colon and a value: "Chine : Wang Yi", "Union européenne : Charles Michel". A person with
// their title, then what they are, on a line of their own: "Mme Gaukhar Temirbekova, professeure, Université nationale
// eurasienne L. N. Goumilev – codirectrice de thèse".
const CIVILITY_ITEM_RE = /^(?:M\.|Mme|Mlle|Dr|Pr|Me)\s\p{Lu}[\p{L}'’.-]+(?:[\s-](?:de |d['’]|du )?\p{Lu}[\p{L}'’.-]+){0,3},\s(?:[^.!?;:]|(?<=\s\p{Lu})\.){3,150}$/u;
// A line opening on a figure and its noun: "3 pétitions déposées depuis 2024", "180 enfants accueillis".
const FIGURE_FIRST_RE = /^\d[\d\s\u00a0\u202f,.]*\s\p{Ll}/u;
// The most words of a list's label over a block of its items (see classifyLines).
const BLOCK_LABEL_WORDS = 6;
// A programme's item at its time: "14h30 – Mot d'accueil de la présidence kazakhe de l'IFAS".
const TIMED_ITEM_RE = /^\d{1,2}\s?h\s?\d{0,2}\s?[–—-]\s\p{Lu}[^]{2,150}$/u;
// A label over an event's speakers: "Intervenants", "Intervenantes et intervenants", "Avec :".
const SPEAKERS_LABEL_RE = /^(?:les )?(?:intervenant(?:e|\(e\)|·e)?s(?: et intervenant(?:e|\(e\)|·e)?s)?|orat(?:eurs|rices)|speakers|panélistes|avec)\s?:?$/iu;
// A person and what they are, on a line of their own: "Rustam Karimov, directeur du comité exécutif de l'IFAS".
const NAME_ROLE_ITEM_RE = /^\p{Lu}[\p{L}'’.-]+(?:[\s-](?:de |d['’]|du |van |von )?\p{Lu}[\p{L}'’.-]+){1,3},\s(?:[^.!?;:\d]|(?<=\s\p{Lu})\.){3,160}$/u;
// A label over people: "Composition du jury", "Composition de la délégation", "Membres du bureau".
const PEOPLE_LABEL_RE = /^(?:composition|membres|liste)\s(?:du|de la|des|de l['’])\s?(?:jury|groupe|délégation|bureau|comité|conseil|panel|équipe)\s?:?$|^(?:le )?jury\s?:?$/iu;
const LABELLED_ITEM_RE = /^[^:]{1,40}\s?:\s[^:]{1,80}$/u;
// A timeline entry: a year or a range, a colon, what happened: "1991 : indépendance", "2017-2018 : membre du Conseil",
// maybe with its month: "Décembre 2024 : nommé ambassadeur en France".
const TIMELINE_ENTRY_RE = /^(?:(?:[Jj]anvier|[Ff]évrier|[Mm]ars|[Aa]vril|[Mm]ai|[Jj]uin|[Jj]uillet|[Aa]oût|[Ss]eptembre|[Oo]ctobre|[Nn]ovembre|[Dd]écembre)\s)?(?:1[89]|20)\d{2}(?:\s*[-–]\s*(?:(?:1[89]|20)\d{2}|\d{2}))?\s*:\s+\S/u;
// A timeline entry without its colon, a date then what happened: "1996-2001 Ambassadeur…", "14 février 1938
// Naissance…", "2002 « Le Vent de l'Irtych », recueil bilingue".
const TIMELINE_BARE_RE = /^(?:\d{1,2}(?:er)?\s+\p{Ll}+\s+)?(?:1[89]|20)\d{2}(?:\s*[-–]\s*(?:(?:1[89]|20)\d{2}|\d{2}))?\s+(?:[«“"]\s?)?\p{Lu}\p{Ll}/u;
// A line of dialogue, as interviews are printed: "— Quel bilan tirez-vous… ?", "– Un bilan en demi-teinte."
const DIALOGUE_RE = /^[—–]\s+\S/u;
// The number a text-mode browser (lynx, links) sets before each link's words: "l’[10]Union douanière", "#[1]Flux".
const LINK_NUMBER_RE = /(?<=^|[\s(«“'’])#?\[\d{1,4}\](?=[\p{L}\p{N}«“"])/gu;
// An entry of the numbered links a text-mode browser lists at the end of its dump: "12.
// http://www.example.fr/tag/omc/".
const LINK_LIST_ENTRY_RE = /^(?:\d{1,4}\.|\[\d{1,4}\])\s+(?:https?:\/\/|file:|mailto:)\S+$/iu;
// The title of that list: "References" (lynx), "Liens" (a print view).
const LINK_LIST_MARKER_RE = /^(?:references|liens|links)\s*:?$/iu;
// A dump numbers at least this many links: one bracketed number before a word may be the text's own.
const LINK_NUMBERS_MIN = 3;
// An item of a menu set out as a list: one to three words, no sentence: "* Asie centrale", "- Économie".
const MENU_ITEM_RE = /^[-–—•*▪◦●·►]\s+[^\s.!?:;,]+(?:\s+[^\s.!?:;,]+){0,2}$/u;
// Longest line in another script read as a language switcher's link ("中文", "Қазақша", "ⵜⴰⵎⴰⵣⵉⵖⵜ"); a longer one may be
// a quotation or a heading in that language.
const FOREIGN_SCRIPT_MAX = 20;
// The first line of a page copied from the Wayback Machine: "The Wayback Machine - https://web.archive.org/web/2017…".
const WAYBACK_BANNER_RE = /^the wayback machine\s+[-–—]\s+https?:\/\/web\.archive\.org\/web\/\d{8,14}/iu;
// The banner's lines, at most: months, days and years of its calendar, "About this capture", who collected it.
const WAYBACK_BANNER_MAX = 40;
// Characters of a line of the banner, at most (its words are short, or addresses).
const WAYBACK_BANNER_LINE_MAX = 40;
// The first line of a page copied from archive.today, under one of its names, and the last of its banner, at most so
// many lines below: its links ("share download .zip report bug or abuse") or the capture's views ("Webpage
// Screenshot").
const ARCHIVE_TODAY_RE = /^archive\.(?:today|ph|is|li|md|vn|fo)$/iu;
const ARCHIVE_BANNER_END_RE = /report bug or abuse|download \.zip|^webpage\s+screenshot$/iu;
const ARCHIVE_BANNER_MAX = 15;
// A search engine's cache over the page it kept: "Ceci est la version en cache de https://…. Il s'agit d'un instantané
// de la page telle qu'elle était affichée le 14 févr. 2020 09:31:12 GMT.", then its lines ("La page actuelle peut avoir
// changé entre-temps. En savoir plus.", "Version complète   Version en texte seul   Afficher la source", "Astuce : Pour
// trouver rapidement votre terme de recherche sur cette page, appuyez sur Ctrl+F …").
const CACHE_BANNER_RE = /^ceci est la version en cache de (https?:\/\/\S+?)\.?(?:\s|$)/iu;
const CACHE_BANNER_LINE_RE = /^(?:la page actuelle (?:peut avoir|a peut-être) changé(?!\p{L}).{0,60}|version complète\s+version en texte seul(?:\s+afficher la source)?|astuce\s?:\s?pour trouver rapidement votre terme de recherche\b.{0,160}|ces termes de recherche sont mis en surbrillance\s?:.{0,120})$/iu;
const CACHE_BANNER_MAX = 6;
// An app store's button: "App Store", "Télécharger dans l'App Store", "Disponible sur Google Play".
// A phone's banner offering the site's application (see shapeOf), maybe with its button: "Lisez La Gazette de Bruxelles
// dans notre application, c'est plus rapide. Ouvrir", "Actu Monde Direct – Plus rapide dans l'appli   Ouvrir",
// "📱 Téléchargez l'appli Pixel Arène : toute l'actu esport en direct sur votre mobile. Ouvrir"; the last line it may
// stand on.
const APP_BANNER_RE = /^(?:ouvrir dans l['’]appli(?:cation)?(?: \p{Lu}[^.!?:;«»"–—]{1,40})?\s[–—-]\s(?:plus rapide|plus simple|mieux|gratuite?)\b[^.!?«»"]{0,60}|\p{Lu}[^.!?:;«»"–—]{1,40}\s[–—-]\s(?:plus rapide|mieux|encore mieux) dans l['’]appli(?:cation)?\s+(?:ouvrir|installer|obtenir)|(?:lisez|lire|poursuivez|continuez)(?:-nous| la lecture| la suite| cet article)?(?: \p{Lu}[^.!?:;«»"]{1,50}?)? (?:dans|sur) (?:l['’]|notre )appli(?:cation)?(?: mobile)?(?:\s?[:,]\s?(?:c['’]est )?(?:plus|moins|gratuit|sans)(?!\p{L})[^.!?«»"]{0,60}[.!]?)?(?:\s(?:ouvrir|installer|obtenir))?|(?:📱\s?)?t[ée]l[ée]chargez l['’]appli(?:cation)? \p{Lu}[^.!?:;«»"]{1,40}\s?:\s?[^«»"]{2,100}?(?:[.!]\s|\s{2,})(?:ouvrir|installer|obtenir))$/iu;
// The same offered for a better experience, its button right under it: "Pour une meilleure expérience, téléchargez
// l’application Ondes Publiques." / "Ouvrir" (without the button, a notice's advice about an application).
const APP_OFFER_RE = /^pour une meilleure expérience(?: de lecture| d['’]écoute)?,\s?t[ée]l[ée]chargez (?:l['’]|notre )appli(?:cation)?(?: mobile)?(?: \p{Lu}[^.!?:;«»"]{1,40})?\s?[.!]?$/iu;
const APP_BANNER_LAST_LINE = 3;
const APP_BANNER_REASON = "site furniture (the site's application banner)";
// A cookie banner's sentence naming its link (see shapeOf), and the last line it may stand on.
// (Or with other trackers: "Le Beffroi et ses partenaires utilisent des cookies et des technologies similaires pour …".)
const QUOTED_LINK_COOKIES_RE = /^[^.:]{2,60} et (?:ses|nos) partenaires utilisent des cookies (?:pour|afin de)\b[^:«»"]{0,300}«\s?[^«»:]{1,40}\s?»[^:«»"]{0,100}$|^[^.:]{2,60} et (?:ses|nos) partenaires utilisent des cookies et (?:des technologies similaires|d['’]autres traceurs) (?:pour|afin de)\b[^:«»"]{0,300}$/iu;
const COOKIE_TOP_LAST_LINE = 3;
// A speech's record of the room's reaction (see shapeOf).
const ROOM_REACTION_RE = /^[([](?:(?:vifs |longs )?applaudissements(?: prolongés| nourris)?|rires|sourires|murmures|exclamations)[)\]]\.?$/iu;
// A readers' poll (see classifyLines): its label, an answer with its share ("Oui   52 %"), its count of votes, its notice.
// (A label with its colon, "Notre sondage :", introduces results the text reports; a survey's "1 600 participants" over
// its source, "Source : Demoscope", is its fact box.)
const POLL_LABEL_RE = /^(?:sondage|votre avis|donnez votre avis)$/iu;
const POLL_ANSWER_RE = /^\S.{0,60}?\s+\d{1,3}(?:[,.]\d)?\s?%$/u;
const POLL_VOTES_RE = /^\d[\d\s\u00a0\u202f]*\s(?:votes?|votants?)$/iu;
const POLL_NOTICE_RE = /^ce sondage n['’]a (?:pas|aucune) (?:de )?valeur scientifique\b.*$/iu;
// The button of a phone's banner offering the site's application: "Ouvrir", "Installer", "Obtenir".
const APP_BUTTON_RE = /^(?:ouvrir|installer|obtenir|télécharger|voir)(?: l['’]appli(?:cation)?)?$/iu;
const STORE_BUTTON_RE = /^(?:(?:télécharger dans l['’]|disponible sur (?:l['’])?)?app store|(?:disponible sur |télécharger sur )?google play)$/iu;
// A cookie notice's buttons: "Gérer mes choix", "J'accepte", "Tout refuser", "Paramétrer mes choix", "OK", maybe
// behind a tick or a cross: "✓ Tout accepter", "✗ Tout refuser".
// Most lines of a cookie banner printed without a blank line under it: its notice, its buttons.
const CONSENT_LINES_MAX = 8;
const COOKIE_BUTTON_RE = /^(?:[✓✔✗✘✕]\s?)?(?:gérer mes choix|gérer (?:les|mes) (?:paramètres|préférences)|j['’]accepte|tout accepter|tout refuser|accepter(?: (?:et|&) fermer)?|refuser|continuer sans accepter|paramétrer(?: les cookies| mes choix)?|personnaliser(?: mes choix)?|ok|d['’]accord|compris)$/iu;
// A line of a record's fields, the first under its label of a word or two, three apart at least: "Sortie : 9 avril
// 2025 en salle | 1h 52min | Drame, Historique" ("Kazakhstan : la diplomatie des petits pas" is a headline).
const BARRED_FIELDS_RE = /^\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?\s?:\s[^|]{1,60}(?:\s\|\s[^|]{1,60}){2,}$/u;
// A web video player's loading notice and its controls' words (see classifyLines).
const PLAYER_CONTROLS_MIN = 3;
const PLAYER_LOADING_RE = /^(?:video player is loading|le lecteur vidéo (?:est en cours de chargement|se charge))\.?$/iu;
const PLAYER_CONTROL_RE = /^(?:play(?: video)?|pause|replay|mute|unmute|muet|sourdine|(?:current time|temps actuel|duration|durée|remaining time|temps restant)\s?:?\s?-?\d{1,2}:\d{2}(?::\d{2})?|\/|(?:loaded|progress|chargé|progression)\s?:\s?\d{1,3}(?:[.,]\d+)?\s?%|(?:stream type|type de flux)\s\p{L}+|seek to live, currently (?:behind|playing) live\s?(?:live)?|\d(?:[.,]\d{1,2})?x|playback rate|vitesse de lecture|chapters|chapitres|descriptions|captions|subtitles|sous-titres|(?:descriptions|captions|subtitles|sous-titres) (?:off|settings|désactivés?|paramètres)\b.*|audio track|piste audio|picture-in-picture|fullscreen|non-fullscreen|plein écran|this is a modal window\.?|ceci est une fenêtre modale\.?|(?:beginning|end) of dialog window\..*|(?:début|fin) de la fenêtre de dialogue\..*|close modal dialog|fermer la fenêtre modale|publicité|la vidéo reprendra après la publicité\.?)$/iu;
// A live page's strip (see classifyLines): its label, its timed entries, its link; the lines it may run to.
const LIVE_LABEL_RE = /^(?:🔴\s*)?(?:en direct|live)$/iu;
const LIVE_ENTRY_RE = /^\d{1,2}[:h]\d{2}\s?[·|–—-]\s?\S/u;
// (Its link leads away, an arrow after it: "Suivre le direct" may be a live page's own button.)
const LIVE_LINK_RE = /^(?:voir|suivre|lire|accéder à) (?:le|notre|tout le) (?:direct|live)\s?(?:→|›|>|»)$/iu;
const LIVE_STRIP_LINES_MAX = 8;
// A letter's notice on reading it, among its first lines (see classifyLines).
const LETTER_NOTICE_RE = /^(?:vous n['’]arrivez pas à (?:lire|afficher|voir) (?:correctement )?(?:ce|cet|cette) (?:message|e-?mail|courriel|lettre|newsletter)\s?\?\s(?:consultez|cliquez|voir|affichez|ouvrez)\b.{0,60}|si (?:ce|cet|cette) (?:message|e-?mail|courriel|lettre|newsletter) ne s['’]affiche pas (?:correctement|bien),? cliquez ici\.?)$/iu;
const LETTER_NOTICE_LINES = 3;
// A letter's greeting, the summary under it, its wish (see classifyLines).
const GREETING_RE = /^(?:bonjour|bonsoir|chers?|chères?)\b/iu;
const LETTER_SUMMARY_RE = /^(?:cette semaine|au sommaire|au menu|aujourd['’]hui|dans cette (?:lettre|édition))\s?:\s?\S.{10,300}$/iu;
const GOOD_READING_RE = /^bonne lecture(?: à (?:toutes et à )?tous)?\s?!?$/iu;
// A site's notice that it keeps only the cookies it needs (see classifyLines).
const NEEDED_COOKIES_RE = /^ce site (?:web )?utilise (?:uniquement|seulement) des cookies\b/iu;
// A banner's buttons that are also anyone's answers (see classifyLines): "OK", "D'accord", "Compris".
const ANSWER_BUTTON_RE = /^(?:ok|d['’]accord|compris)$/iu;
// A sentence on cookies, and the reader it speaks to (see classifyLines).
const COOKIE_SENTENCE_RE = /(?<!\p{L})(?:cookies|traceurs)(?!\p{L})/iu;
const COOKIE_TITLE_RE = /(?<!\p{L})(?:cookies?|traceurs|vie privée|confidentialité|consentement)(?!\p{L})/iu;
const READER_WORD_RE = /(?<!\p{L})(?:nous|vous|votre|vos)(?!\p{L})/iu;
// A consent platform's sentence opening a page, its buttons under it (quoted in a text, it is the text's): "Avec votre
// accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker …" / "Accepter &
// Fermer".
const CONSENT_SENTENCE_RE = /^avec votre accord,? nos partenaires et nous utilisons des cookies\b/iu;
// The permalink closing a blog's entry meta: "… marquée avec Almaty, Kazakhstan. Permalien : https://…/".
const ENTRY_PERMALINK_RE = /\.\s(?:permalien|lien permanent)\s?:\s?(\S+?)\.?$/iu;
// A social network account's handle. On a federated network the handle names the server too:
// "@lfontaine@presse.social"; on Bluesky, its domain: "@ines-tachfine.bsky.social".
const HANDLE = String.raw`@[\w.-]{2,40}(?:@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})?`;
// A post that opens on the handles it answers: "@lfontaine @kbenali Exact, …".
const REPLY_RE = new RegExp(String.raw`^(?:${HANDLE}\s+)+\S`, "u");
// A handle alone on its line: "@KZEmbassyFR".
const HANDLE_RE = new RegExp(`^${HANDLE}$`, "u");
// The handle and the post's time on one line: "@leamoreau@piaille.fr · 7 nov.", "@sylvaink@mamot.fr · 6 h"; maybe
// after the author's name: "Inès Tachfine @ines-tachfine.bsky.social · 6 nov.".
const HANDLE_STAMP_RE = new RegExp(String.raw`^(?:\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}\s)?(${HANDLE})\s·\s(?:\d{1,2}\s\p{Ll}{3,9}\.?(?:\s(?:19|20)\d{2})?|\d{1,3}\s?(?:s|min|h|j))$`, "u");
// A network's mark over a reply: "En réponse à @KZEmbassyFR".
const IN_REPLY_TO_RE = new RegExp(`^en réponse à ${HANDLE}$`, "iu");
// The fewest posts of the author's that make a thread (see classifyLines: other accounts' posts under it answer it).
const THREAD_POSTS_MIN = 3;
/** The account a post's handle line names ("@lfontaine@presse.social", maybe with its time), or null. */
const handleOf = (v: string): string | null => (HANDLE_RE.test(v) ? v : HANDLE_STAMP_RE.exec(v)?.[1] ?? null);
// A list item that is only a link, as a text extractor writes a menu: "  * [Ministère](https://www.gov.kz/…)".
const LINK_ITEM_RE = /^\s*[-*+•]\s+\[[^\]]+\]\([^()\s]*\)\s*$/u;
// An edit link left on an encyclopedia's section heading: "Histoire[modifier | modifier le code]".
const EDIT_LINK_RE = /\[\s*modifier(?:\s*\|\s*modifier le code)?\s*\]\s*$/u;
// Two sides and their score, the periods' scores after it: "FRANCE 4 – 2 KAZAKHSTAN (1-0, 2-1, 1-1)", "Kazakhstan 1-3
// Ouzbékistan".
const MATCH_SCORE_RE = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}\s\d{1,3}\s?[–-]\s?\d{1,3}\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}(?:\s\(\d{1,2}-\d{1,2}(?:,\s\d{1,2}-\d{1,2}){0,5}\))?$/u;
// A search box's placeholder: "Rechercher dans les textes, les articles, les codes…".
const SEARCH_PLACEHOLDER_RE = /^Rechercher dans (?:les|des) \p{L}+, (?:les|des) \p{L}+, (?:les|des) \p{L}+\s?(?:…|\.\.\.)$/u;
// Lines of a page's head, before its text begins, that its site prints there (amid the text, such lines are the
// text's: a programme's hours, a fact box's fields, a guide's "Chercher dans les archives…"):
// a search box's placeholder: "Rechercher dans le catalogue…", "Chercher sur le site…";
// "Rechercher dans l'encyclopédie…";
// "Rechercher sur Novastan…" (the site by its name);
const HEAD_SEARCH_BOX_RE = /^(?:Rechercher|Chercher) (?:dans|sur) (?:(?:le|la|les|nos|notre) |l['’]|(?=\p{Lu}[\p{L}\d.-]{1,30}(?:…|\.\.\.)$))[^.!?,;:…]{2,40}(?:…|\.\.\.)$/u;
// a release's classification on a newswire, labelled fields behind bars, its sectors, countries or language among
// them: "Secteurs : Agriculture, Chimie, Mines | Pays : France, Kazakhstan | Langue : Français";
const CLASSIFICATION_LABEL = String.raw`secteurs?(?: d['’]activité)?|pays|langues?|catégories?|rubriques?|thèmes?|thématiques?|mots-clés|sujets?|régions?|industries?|zones?|type|format`;
const HEAD_CLASSIFICATION_RE = new RegExp(String.raw`^(?=(?:.*\s\|\s)?(?:secteurs?|pays|langues?)\s?:)(?:${CLASSIFICATION_LABEL})\s?:\s?[^|:]{1,80}(?:\s\|\s(?:${CLASSIFICATION_LABEL})\s?:\s?[^|:]{1,80}){1,5}$`, "iu");
// a bulletin's contents, its items behind dots: "Dans ce numéro : Pèlerinage au Kazakhstan · Calendrier des offices ·
// Annonces";
const HEAD_CONTENTS_RE = /^dans ce numéro\s?:\s?[^.!?·]{2,80}(?:\s·\s[^.!?·]{2,80}){1,6}$/iu;
// an event's admission and contact: "Entrée libre dans la limite des places disponibles", "Entrée gratuite sur
// réservation", "Renseignements : 05 49 26 71 40", with its day and hours ("Samedi 15 novembre 2025 de 15 h à
// 16 h 30") and its venue beside them.
const EVENT_PRACTICAL_RE = /^(?:entrée (?:libre|gratuite)(?: et gratuite)?(?:,?\s(?:dans la limite des places disponibles|sur (?:inscription|réservation)(?: (?:obligatoire|conseillée|recommandée))?|sans réservation))?|renseignements?(?: et (?:inscriptions?|réservations?))?\s?:\s?(?:\+?\d[\d .]{7,18}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+))\.?$/iu;
const EVENT_HOURS_RE = /^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s)?\d{1,2}(?:er)?\s(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s(?:19|20)\d{2})?,?\s(?:de\s|à\s)?\d{1,2}\s?h(?:\s?\d{2})?\s?(?:à|[-–])\s?\d{1,2}\s?h(?:\s?\d{2})?$/iu;
// A headline's subject before a colon: "Mer d'Aral : …".
const SUBJECT_FIRST_RE = /^[^:.!?]{2,40}\s:\s\S/u;
const TWO_SENTENCE_HEADLINE_MAX = 100;
const QUESTION_SUBJECT_MAX = 200;
// A paragraph long enough to be the text's, around which a name with its outlet signs (see classifyLines).
const OUTLET_PROSE_MIN = 120;
const EDIT_LINK_REASON = "edit link of the source wiki";
// The label of a summary a machine wrote: "Résumé généré par IA", "✦ Résumé généré par IA", "Synthèse réalisée avec
// l’intelligence artificielle".
const MACHINE_SUMMARY_RE = /^(?:[✦✨🤖]\uFE0F?\s*)?(?:résumé|synthèse|l['’]essentiel|en bref)\s+(?:généré|générée|rédigé|rédigée|réalisé|réalisée|produit|produite)\s+(?:par|avec|grâce à)\s+(?:l['’]\s?|une\s|un\s)?(?:ia|intelligence artificielle|outil d['’]intelligence artificielle)\b.{0,60}$/iu;
// So is its notice alone under the box's label: "Résumé" / "Cet article a été résumé par un outil d'intelligence
// artificielle et vérifié par la rédaction." (a sentence going on, "… en onze secondes, s'amuse la rédactrice", is a
// text's).
const MACHINE_SUMMARY_NOTICE_RE = /^(?:cet article|ce texte) a été résumé par (?:un outil d['’]|l['’]|une )?(?:ia|intelligence artificielle)(?: et (?:vérifié|relu) par (?:la rédaction|nos journalistes|un journaliste))?\.?$/iu;
// The label a machine's summary may stand under (see MACHINE_SUMMARY_NOTICE_RE).
const MACHINE_SUMMARY_LABEL_RE = /^(?:résumé|en bref|l['’]essentiel)\s*:?$/iu;
// The title of a table of contents: "Sommaire", "Table des matières", "Dans cette page", "Sur cette page".
// "Dans cette alerte", "Dans ce dossier" too, their entries coming again as the text's intertitles ("Dans ce rapport :"
// over recommendations, "Dans ce dossier" over a chronology, are the text's), and a journal's "Plan" over a paper's.
const OWN_CONTENTS = String.raw`sommaire|table des matières|contents|dans cet article|dans cette page|sur cette page|plan de l['’]article|plan du cours`;
const CONTENTS_RE = new RegExp(String.raw`^(?:${OWN_CONTENTS}|dans (?:cet|cette|ce) (?:article|page|alerte|dossier|note|rapport|guide|analyse|fiche)|plan)\s*:?$`, "iu");
// A journal's tabs over a paper: "Résumé | Index | Plan | Texte | Bibliographie | Notes | Citation | Auteur".
const JOURNAL_TABS_RE = /(?:^|\s[|·]\s)Plan(?:\s[|·]\s)(?=.*(?<!\p{L})Texte(?!\p{L}))/u;
const OWN_CONTENTS_RE = new RegExp(String.raw`^(?:${OWN_CONTENTS})\s*:?$`, "iu");
// An entry of a table of contents: "1 Histoire", "1.1\tDepuis l'indépendance".
// A course's: "Semaine 1 – L'Asie centrale, une région inventée ?", "Module 2 : …".
const CONTENTS_ENTRY_RE = /^(?:(?:semaine|module|chapitre|leçon|séance|unité|partie)\s)?\d{1,2}(?:\.\d{1,2})*\.?(?:\s[–:-])?\s+\S.{0,80}$/iu;
// A contents box's toggles and its link to the page's top: "masquer", "[afficher]", "Début", "Afficher / masquer la
// sous-section Relations politiques".
const CONTENTS_TOGGLE_RE = /^(?:\[?(?:masquer|afficher)\]?|début|afficher\s?\/\s?masquer la sous-section\s\S.{0,80})$/iu;
// The arrow, the bullet or the number before a contents box's entry.
const CONTENTS_ENTRY_MARK_RE = /^(?:[→•▸►·]\s?|\d{1,2}(?:\.\d{1,2})*\.?\s)/u;
// A biography of the author closing the text: "Claire Fontanel est journaliste indépendante, spécialiste de…".
const AUTHOR_BIO_RE =
  /^(?!(?:Le|La|Les|L['’]|Un|Une|Ce|Cette|Ces|Il|Elle|Son|Sa|Notre|Leur)\s)\p{Lu}[\p{L}'’-]+(?:\s+(?:de |d['’]|du |le |la )?\p{Lu}[\p{L}'’-]+){1,3},?\s+(?:est|était|a été)\s+(?:un |une |l['’]un |l['’]une )?(?:ancien(?:ne)? |jeune )?(?:journaliste|chercheu(?:r|se)|professeu?re?|politologue|historien(?:ne)?|économiste|analyste|spécialiste|docteur|doctorante?|maîtr(?:e|esse) de conférences|enseignante?|consultante?|experte?|correspondante?|rédacteur|rédactrice|écrivaine?|auteur|autrice|fondat(?:eur|rice)|critique (?:de (?:danse|cinéma|théâtre|musique|jazz|mode|cuisine)|d['’]art|littéraire|musicale?|gastronomique|dramatique))\b/u;
// The label over the author's biography: "À propos de l’auteure", "L'auteur".
const AUTHOR_ABOUT_RE = /^(?:à propos de l['’]|l['’])aut(?:eur|eure|rice)(?:e?s)?\s?:?$/iu;
// What an author's affiliation line under the name starts with: "Chercheuse associée à…", "Professeur à…".
const AFFILIATION_RE =
  /^(?:[Aa]ncien(?:ne)? |[Jj]eune )?(?:[Jj]ournaliste|[Cc]hercheu(?:r|se)|[Pp]rofesseu?re?|[Pp]olitologue|[Hh]istorien(?:ne)?|[ÉéEe]conomiste|[Aa]nalyste|[Ss]pécialiste|[Dd]octeur|[Dd]octorante?|[Dd]irect(?:eur|rice)|[Mm]aîtr(?:e|esse) de conférences|[Ee]nseignante?|[Cc]onsultante?|[Ee]xperte?|[Cc]orrespondante?|[Rr]édact(?:eur|rice)|[Dd]éputée?|[Dd]iplomate|[Mm]embre|[Cc]hargée? de)\b/u;
// Or a diplomat's rank heading a profile's line of parts between bars: "Première secrétaire au ministère des Affaires
// étrangères … | Diplomatie multilatérale | Les opinions exprimées sont personnelles" (a headline opening on a rank has
// no bars).
const RANK_PROFILE_RE = /^(?:[Pp]remi(?:er|ère)|[Dd]euxième|[Tt]roisième) secrétaire\b[^|]{0,120}\s\|\s|^(?:[Cc]onseill(?:er|ère)|[Aa]ttachée?|[Mm]inistre[- ]conseill(?:er|ère))\b[^|]{0,120}\s\|\s/u;
// An author's post, alone on its line under the name: "Cofondatrice et directrice des partenariats" (with a comma, a
// headline or a sentence: "Fondatrice de Steppe Labs, Dana Ospanova veut …").
const JOB_TITLE_RE = /^(?:[Cc]o-?fondat(?:eur|rice)|[Ff]ondat(?:eur|rice)|[Rr]esponsable|[Cc]hef(?:fe)? d[eu'’])[^,.;:!?«»]{0,60}$/u;
// Under the author's name, how they wrote, in a few words: "Collaboration spéciale à Astana", "Envoyée spéciale à
// Almaty".
const SITE_MASTHEAD_RE = new RegExp(String.raw`^\p{Lu}[\p{L}\d'’. ]{1,40}\s[–—|-]\s(?:${INSTITUTION_NAME_RE.source.slice(1)})[^.!?:;]{2,80}$`, "u");
const NAMED_ROLE_BYLINE_RE = new RegExp(String.raw`^${PERSON_NAME},\s(?:envoyée? spéciale?|correspondante?|collaboration spéciale)\s(?:à|en|au|aux|dans)\s[^.!?:;]{2,60}?,?$`, "u");
const BYLINE_ROLE_RE = /^(?:[Cc]ollaboration spéciale|[Ee]nvoyée? spéciale?|[Cc]ollaborat(?:eur|rice))\b[^.!?:;]{0,50}$/u;
// A newsletter's sign-off, furniture where an exclamation closing a speech is text: "Bonne lecture, et à la semaine
// prochaine !".
const SIGN_OFF_RE = /^(?:(?:et )?(?:bonne|belle) (?:lecture|journée|semaine|soirée|fin de semaine|week-end)|(?:et )?à (?:bientôt|la semaine prochaine|demain|très vite|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))\b/iu;
// A signature with the signer's role: "Hélène Darrieux, députée européenne, membre de la délégation pour l'Asie
// centrale".
const SIGNED_ROLE_RE = new RegExp(
  String.raw`^${PERSON_NAME},\s+(?:ancien(?:ne)? )?(?:journaliste|chercheu(?:r|se)|professeu?re?|politologue|historien(?:ne)?|économiste|analyste|spécialiste|docteur|doctorante?|direct(?:eur|rice)|maître de conférences|enseignante?|consultante?|experte?|correspondante?|rédact(?:eur|rice)|députée?|sénat(?:eur|rice)|ambassad(?:eur|rice)|diplomate|médiat(?:eur|rice)|éditorialiste|chroniqueu(?:r|se)|membre|présidente?|secrétaire|ministre|chargée? de)\b[^.!?]{0,160}$`,
  "u",
);
// A name, a dash and a role's first letter (see isSignatory).
const DASHED_ROLE_RE = new RegExp(String.raw`^(${PERSON_NAME})\s[—–]\s(\p{Lu})`, "u");
// The lines of a statement's signature block: "Pour la République française", "Président de la République du
// Kazakhstan", a union's "Le Bureau fédéral".
const SIGNATORY_RE = /^(?:Pour (?:la|le|l['’]) ?\p{Lu}[^.!?]{0,120}|(?:Le |La |L['’])?(?:Président(?:e)?|Premier ministre|Première ministre|Ministre|Secrétaire général(?:e)?|Vice-Premier ministre|Ambassad(?:eur|rice)(?: extraordinaire et plénipotentiaire)?|Consul(?:e)? général(?:e)?|Chargée? d['’]affaires)(?:\s+(?:de|du|des|d['’])\s?[^.!?]{1,100})?|(?:Le |La |L['’])(?:Bureau (?:fédéral|national|confédéral|exécutif)|Conseil (?:national|fédéral)|Commission exécutive|Secrétariat (?:national|fédéral|confédéral)|Direction (?:nationale|confédérale)))$/u;
// A paywall notice that cuts the text short: "Il vous reste 54 % de cet article à lire", "La suite est réservée aux
// abonnés".
const PAYWALL_CUT_RE = /il vous reste|la suite|pour lire la suite|l['’]accès à la suite/iu;
// A word processor's comment as its export prints it after the text, glued to its anchor: "[a]Vérifier le chiffre" (a
// note lettered "[a] Traité sur…" has a space).
const DOC_COMMENT_RE = /^\[([a-z]{1,2})\]\S/u;
// Whom such a comment is assigned to: "_Attribué à Sophie Lanvin_", "Assigned to Marc Roy".
const DOC_COMMENT_ASSIGNED_RE = /^_?(?:attribuée? à|assignée? à|assigned to)\s+\S.{0,60}?_?$/iu;
// A time alone on its line, as live blogs head their entries: "17:52", "14h32", "9 h 05".
const TIME_LABEL_RE = /^(?:[01]?\d|2[0-3])\s?(?::|h)\s?[0-5]\d$/iu;
// A day by its weekday, without its year: "samedi 17 mai", "le samedi 17 mai".
const WEEKDAY_AND_DAY_RE = /^(?:le\s)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s\d{1,2}(?:er)?\s\p{L}+\.?$/iu;
// A publication line naming its author: "Publié le 29 août 2024 par Thomas Berthier".
// "Publié le jeudi 30 août 2012 | Par Hélène Dufresne": a bar or a dash may stand before it, and the hour: "Publié le
// vendredi 30 mai 2025 | 21:04 – Par La Rédaction". A blog's adds the post's
// categories and its count of comments: "Publié le mardi 8 octobre 2024 par Bernard Lhermitte dans International,
// Énergie | 3 commentaires".
// A publication line naming its author by a first name alone, "Publié le 14 septembre 2025 par Jean-Marc" (shapeOf).
const POSTED_BY_FIRST_NAME_RE = /^(?:[Pp]ublié|[Pp]ubliée|[Pp]osté|[Pp]ostée|[Éé]crit|[Rr]édigé) le [^.!?|]{4,40}? par \p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u;
// Languages' names behind bars: "Italiano | Français", "Deutsch · Français · English".
const LANGUAGE_NAMES_RE = /^(?:italiano|english|deutsch|español|português|nederlands|français|русский|қазақша)(?:\s?[|·]\s?(?:italiano|english|deutsch|español|português|nederlands|français|русский|қазақша)){1,5}$/iu;
// A day in Italian: "Domenica 6 dicembre 2026".
const ITALIAN_DAY_RE = /^(?:lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica),? \d{1,2} (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre) \d{4}$/iu;
// A byline opening on "de" in small letters: "de Sylvie Bionaz".
const SMALL_DE_BYLINE_RE = new RegExp(String.raw`^de\s${PERSON_NAME}$`, "u");
// The last line "Publié le 15.04.25" dates the page on, under a long head (further down, a box's document).
const SHORT_YEAR_STAMP_LAST_LINE = 20;
// A stamp glued to the reading time: "Mis à jour le 22/05/2019Lecture : 7 min", "Publié le 3 mars 2024Temps de lecture : 4 min".
const GLUED_STAMP_RE = /^((?:publié|publiée|mis à jour|mise à jour|mis en ligne)(?: le)? (?:\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}(?:er)? \p{L}{3,9}\.? \d{4}))(?:à \d{1,2}\s?[h:]\s?\d{2})?(?:lecture|temps de lecture)\s?:\s?\d{1,3}\s?min(?:utes?)?\.?$/iu;
// The last line such a stamp dates the page on.
const GLUED_STAMP_LAST_LINE = 15;
// The day a reading tool stamps, at the line's end: "le samedi 6 juillet 2024", "le 17 avril 2025 à 21:48".
const SAVED_DAY = String.raw`le\s(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s)?\d{1,2}(?:er)?\s\p{L}{3,9}\.?\s\d{4}(?:,?\s(?:à\s)?\d{1,2}\s?[h:]\s?\d{2})?$`;
// The day a reading tool saved the page, opening a meta line: "Enregistré le 7 décembre 2026 · …".
const SAVED_ON_RE = /^(?:enregistré|sauvegardé|exporté) le\s/iu;
// A reading tool's stamp of the day it sent or saved the page: "Envoyé le samedi 6 juillet 2024", "Enregistré le 17
// avril 2025 à 21:48".
const SENT_TO_READER_RE = new RegExp(String.raw`^(?:envoyé|enregistré|sauvegardé) ${SAVED_DAY}`, "iu");
// The same naming the tool, under the page it saved: "Enregistré avec Lecteur+ le 7 décembre 2026" (no day of the
// page's). (A tool's name: "Enregistré dans nos studios le …", "Enregistré via Zoom le …" tell of a recording.)
const SAVED_WITH_TOOL_RE = new RegExp(String.raw`^(?:[Ee]nvoyé|[Ee]nregistré|[Ss]auvegardé) (?:avec|dans) \p{Lu}[^\s]{1,29}(?: [^\s]{2,30})? ${SAVED_DAY}`, "u");
// A stamp naming the site's account as who posted: "Publié le 04/06/2024 par Admin", "Posté le 3 mai 2023 par webmaster".
const GENERIC_ACCOUNT_STAMP_RE = /^(?:publié|publiée|posté|postée|mis en ligne|écrit)\s(?:le\s)?\S.{4,40}\spar\s(?:l['’])?(?:admin|administrat(?:eur|rice)|webmaster|wpadmin|editor|super ?user)$/iu;
// A blog's post line: who posted it, when, its categories and its comments: "Posté par Didier M. · il y a 3 semaines ·
// Actualités, Voyages, Compétitions · 2 commentaires".
const POSTED_BY_META_RE = /^(?:[Pp]osté|[Pp]ublié|[Éé]crit) par \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2} · (?:il y a \d{1,2} \p{L}+|\d{1,2}(?:er)? \p{L}+ \d{4})(?: · [^·]{2,80}){0,3}$/u;
// Or its time first, then its author and its comments' count: "Posté il y a 3 jours par Marc-Antoine Serre | 14
// commentaires".
const POSTED_AGO_BY_RE = /^(?:[Pp]osté|[Pp]ublié|[Éé]crit) il y a \d{1,2} (?:minutes?|min|heures?|h|jours?|semaines?|mois|ans?) par \p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,2}(?: [|·] \d{1,4} commentaires?)?$/u;
const SERVICE_POSTED_RE = /^(?:[Pp]ublié|[Pp]ubliée|[Pp]osté|[Pp]ostée|[Mm]is en ligne)\s[^.!?|]{4,60}?\s[Pp]ar\s+(?:le |la )?(?:[Ss]ervice|[Dd]irection|[Pp]ôle) (?:de (?:la |l['’])?)?communication(?: \p{Lu}[\p{Lu}\d&-]{1,10})?$/u;
const SERVICE_POSTED_LAST_LINE = 25;
const POSTED_BY_RE = new RegExp(String.raw`^(?:[Pp]ublié|[Pp]ubliée|[Pp]osté|[Pp]ostée|[Éé]crit|[Rr]édigé|[Mm]is en ligne)\s[^.!?|]{4,60}?(?:\s\|\s\d{1,2}[:h]\d{2})?\s(?:[|–—-]\s)?[Pp]ar\s+${PERSON_NAME}(?:\sdans\s\p{Lu}[^|.!?]{1,80}(?:\s[|·]\s\d{1,4}\scommentaires?)?)?$`, "u");
// What opens the readers' comments under an article: "2 réponses à « … »", "12 commentaires sur « … »", "Commentaires",
// a social network's sort of its comments or its reactions ("Les plus pertinents", "Plus pertinents", "Toutes les
// réactions :", "Trier par : Les plus récents"), "Réagissez à cet article", "Voir les 38 commentaires".
const COMMENTS_OPENER_RE = /^(?:(?:commentaires )?(?:les )?plus (?:pertinents|récents)(?:\s*[▾▼⌄])?|(?:voir|afficher) (?:les|tous les) \d[\d\s\u00a0\u202f]* commentaires|toutes les réactions\s*:|trier par\s*:\s*les plus (?:récents|anciens|pertinents|populaires)|réagissez à cet article|discussion (?:sur|à propos de) (?:ce|cet|cette) (?:post|billet|article|lettre|publication)(?:\s?\(\d{1,4}\))?|\d+\s+(?:réponses?|commentaires?|réactions?|réflexions?)\s+(?:à|sur)\s+(?:[«“"].{1,200}|(?:cet|l['’]) ?article.{0,100})|(?:les |vos )?(?:commentaires|réactions)\s*(?:\(\d[\d\s\u00a0\u202f]*\)\s*:?|:)|tes (?:commentaires|réactions)\s*\(\d+\)\s*:?|\d+\s+commentaires?\s{2,}trier par\s*:\s*.{1,40})$/iu;
// A critic's verdict in stars: "Notre avis : ★★★★☆", "La note de la rédaction : 4/5".
const CRITIC_VERDICT_RE = /^(?:notre avis|notre note|(?:la )?note de la rédaction|notre verdict|verdict)\s?:\s?(?:[★☆]{3,5}|\d(?:[.,]\d)?\s?\/\s?(?:5|10))$/iu;
// A relative stamp in days: "il y a 3 jours", "Publié il y a 2 jours" (not "Mis à jour il y a …").
const DAYS_AGO = String.raw`(?:(?:publiée?|mise? en ligne|postée?) )?il y a (\d{1,2}) jours?`;
const DAYS_AGO_RE = new RegExp(`^${DAYS_AGO}$`, "iu");
// The same stamp as an item of the byline's line: "Par Priya Ramdhony | Il y a 1 jour | 3 min de lecture".
const DAYS_AGO_ITEM_RE = new RegExp(String.raw`(?:^|\s[|·•]\s)${DAYS_AGO}(?=$|\s[|·•]\s)`, "iu");
// Longest venue line beside an event's practical lines.
const VENUE_MAX = 100;
// A commenter's name saying so, over the comment's day and hour: "Jean-Pierre Mukendi dit :" / "9 avril 2025 à 14 h 12
// min", or over the comment, Blogger's "Gérard L. a dit…".
const COMMENT_AUTHOR_SAYS_RE = /^[\p{L}\d_.'’-]{2,30}(?: [\p{L}\d_.'’-]{1,30}){0,2} (?:a )?dit\s?(?::|…|\.\.\.)$/u;
// A blog's count of its comments over them: "4 commentaires :".
// Words trailing off: "Avant de partir...", "Un instant…".
const ISSUE_LABEL_RE = /^(?:numéro|n°|no\.|vol\.|volume)\s?\d{1,4}(?=.*(?<!\d)(?:19|20)\d{2}(?!\d))(?:\s(?:[|·]|[–—](?=.*\s[|·]\s))\s\S[^|·]{0,60}){2,4}$/iu;
// What a site's appeal speaks of, and the button under it: "Faire un don", "Je soutiens Caravanes", "Devenir membre".
// A gift named: "chaque don nous permet …", "votre soutien".
const GIFT_WORD_RE = /(?<!\p{L})(?:dons?|soutien|soutenez|soutenir)(?!\p{L})/iu;
const APPEAL_WORDS_RE = /(?<!\p{L})(?:média|rédaction|bénévoles?|association|lecteurs|lectrices|dons?|publicité|indépendant|indépendante)(?!\p{L})/iu;
const DONATE_BUTTON_RE = /^(?:je fais un don|faire un don|faites un don|je soutiens\s\S[^.!?]{0,30}|soutenir\s\S[^.!?]{0,30}|devenir membre(?: de l['’]association)?|adhérer|j['’]adhère)$/iu;
// A table of contents' label under the references, and the longest of its entries.
const TOC_LABEL_RE = /^(?:table des matières|sommaire)$/iu;
const TOC_ENTRY_MAX = 120;
// An organisation's label over its membership pitch, the pitch's words, its call to the reader and the button under it.
const MEMBERSHIP_LABEL_RE = /^(?:devenir (?:membre|adhérente?)|adhérer(?: à [^:]{1,40})?|rejoignez[- ]nous|nous rejoindre|pourquoi adhérer\s?\?)$/iu;
const JOINING_WORD_RE = /(?<!\p{L})(?:rejoindre|adhérer|adhésion|adhérents?|membres?)(?!\p{L})/iu;
const READER_CALL_RE = /^(?:vous (?:souhaitez|voulez|désirez|envisagez|avez un projet)|envie d['’]|besoin d['’])[^?]{3,120}\?\s/iu;
// Or what they do or wish to do, with the site's help offered: "Vous exportez ou souhaitez exporter ? Nos conseillers
// internationaux vous accompagnent …" ("Vous étudiez ou souhaitez étudier à Almaty ? Depuis la rentrée 2025, …" is a
// guide's advice).
const READER_DOING_CALL_RE = /^[Vv]ous \p{Ll}+ ou (?:souhaitez|voulez|envisagez de) \p{Ll}+[^?]{0,80}\?\s/u;
const CONTACT_BUTTON_RE = /^(?:contactez[- ]nous|nous contacter|prenez contact(?: avec nous)?|prendre rendez-vous|écrivez-nous)$/iu;
// Or to find one of a profession near the reader, under a call offering one's help ("Besoin d'un accompagnement
// personnalisé ? Un notaire peut vous conseiller …" / "Trouver un notaire près de chez vous"; an answer of a guide
// over it, "Vous êtes déjà marié … ?", is the guide's).
const FIND_NEARBY_BUTTON_RE = /^trouver (?:un|une) (?:notaire|avocate?|conseill(?:er|ère)|expert|experte|professionnel|professionnelle|médecin|spécialiste) près de chez vous$/iu;
/** The site's call to its reader over its contact button (see READER_CALL_RE). */
function readerCall(call: string, button: string): boolean {
  if (READER_DOING_CALL_RE.test(call)) return CONTACT_BUTTON_RE.test(button) && HELP_OFFERED_RE.test(call);
  return READER_CALL_RE.test(call) && (CONTACT_BUTTON_RE.test(button) || (FIND_NEARBY_BUTTON_RE.test(button) && HELP_OFFERED_RE.test(call)));
}
const HELP_OFFERED_RE = /(?<!\p{L})(?:peu(?:t|vent) vous (?:conseiller|accompagner|aider|orienter)|vous (?:accompagne|accompagnent|conseille|conseillent))(?!\p{L})/iu;
/** The longest pitch or call an organisation prints after its page's text. */
const PITCH_MAX = 400;
// A journalist's role for a publication: "Journaliste pour Caravanes à Astana", "Rédacteur pour Novastan Deutschland".
const JOURNALIST_ROLE_RE = /^(?:[Jj]ournaliste|[Rr]édact(?:eur|rice)|[Cc]orrespondante?|[Cc]ontribut(?:eur|rice)|[Pp]igiste)\s(?:pour|à|chez|au)\s\p{Lu}/u;
// The longest biography an author's box gives under their name.
const BIO_MAX = 400;
// An editor's or a proofreader's credit: "Édité par Théo Brunet", "Relu par Anna Roy et Paul Lenoir".
const EDITED_BY_RE = new RegExp(String.raw`^(?:[ÉE]dité|[Rr]elu|[Cc]orrigé)e?s? par\s${PERSON_NAME}(?:\s(?:et|&)\s${PERSON_NAME})?$`, "u");
// A member's funding of a site: "Université de Strasbourg apporte un financement en tant que membre adhérent de …".
const MEMBER_FUNDING_RE = /^[^.!?«»"]{2,120}\sapporte (?:un |des )?financements? en tant que membre (?:adhérent|fondateur)e?s? (?:de|d['’]|du)\s?[^.!?]{1,80}\.?$/u;
// A box of prices' label, the longest of its lines, and its link: "Cotations de la semaine", "Voir toutes les cotations"
// ("Les prix du jour" may head a festival's awards).
const PRICES_LABEL_RE = /^(?:les )?(?:cotations|cours)(?: de la semaine| du jour| des marchés)$/iu;
const PRICE_LINE_MAX = 80;
const PRICES_LINK_RE = /^(?:voir )?(?:toutes les|tous les) (?:cotations|cours)(?: du marché| des marchés)?$/iu;
// A brief's title in the site's box, and the time it carries: "Or : nouveau record historique à Londres – 17h45".
const BRIEF_MAX = 140;
const CLOCK_TIME_RE = /(?<![\d,.])\d{1,2}\s?[h:]\s?\d{2}(?!\d)/u;
// The longest advertisement in a sentence or two under its label amid the text, and its call to buy.
const AD_CALL_RE = /(?<!\p{L})(?:ouvrez|réservez|demandez|simulez|découvrez|profitez|commandez|souscrivez|contactez|appelez|essayez)(?!\p{L})/iu;
// What it sells ("Réservez vos billets de train sur le site des chemins de fer" is a guide's advice).
const AD_SALE_RE = /(?<!\p{L})(?:meilleur prix|devis|offres?|promos?|promotions?|gratuite?s?|compte|mensualités?|crédits?|tarifs?|abonnements?)(?!\p{L})|\d\s?%|€/iu;
const AD_MAX = 240;
// An old article's warning: "Prenez note que cet article publié en 2025 pourrait contenir des informations qui ne sont
// plus à jour.".
const OLD_ARTICLE_NOTICE_RE = /^prenez note que cet article publié en (?:19|20)\d{2} pourrait contenir des informations qui ne sont plus à jour\.?$/iu;
// The comments' notice: "Les commentaires des internautes sont soumis à modération et ne reflètent pas nécessairement le
// point de vue de Voix de l'Iran.".
const COMMENTS_NOTICE_RE = /^les commentaires(?: des (?:internautes|lecteurs|auditeurs))? sont (?:soumis à (?:une )?modération|modérés)\b[^.!?]{0,40}\set ne (?:reflètent|représentent|engagent) (?:pas nécessairement|pas|en aucun cas) (?:le point de vue|l['’]avis|la position|l['’]opinion)\b[^.!?]{0,80}\.?$/iu;
// The label of a newsletter's sponsor: "Partenaire de ce numéro", "Sponsor de la semaine".
const SPONSOR_LABEL_RE = /^(?:(?:notre )?partenaire|sponsor|mécène)s? (?:de (?:ce|cet|cette) (?:numéro|lettre|newsletter|épisode)|de la semaine)\s*:?$/iu;
const APPEAL_OPENER_RE = /^\p{Lu}[\p{L}'’ ,-]{2,40}(?:\.\.\.|…)$/u;
const COMMENT_COUNT_OPENER_RE = /^\d{1,4}\s+commentaires?\s*:$/iu;
const COMMENT_DAY_TIME_RE = /^(?:le\s)?\d{1,2}(?:er)?\s\p{L}+\s\d{4}\s(?:à\s)?\d{1,2}\s?[h:]\s?\d{2}(?:\s?min)?$/u;
// A reader's name, then when they wrote: "Rakotomalala · 11 juin 2024 à 09:12", "Théo_L2 — 3 février 2025 à 21:14"
// (after a dash, the hour too: "Astana — 3 février 2025" is a dateline); a video platform's handle: "@marat.kz il y a 2
// semaines"; a forum's member: "u/Baguette_nucleaire • il y a 2 j"; a day in figures with its hour: "Anne-Laure B. —
// 19/06/2024 21:02", "Sona K. — 12/05/2024 à 13h05", "Théo Marcadier   il y a 3 j", "Jean-Paul67 · hier à 19:45", a CMS
// left in English: "Marcel R. · September 19, 2024". (A live page's "16h05 · il y a 12 minutes", "Actualisé   il y a 12
// minutes" are no commenter's.) After wide spaces, a day and its hour: "Ebenezer M.   26 septembre 2024 à 12:41" (only
// under a count of comments: under "312 réactions", a post the text quotes).
const WIDE_DATED_STAMP_RE = /^[\p{L}\d_.'’-]{2,30}(?: [\p{L}\d_.'’-]{1,30})?\s{2,}\d{1,2}\s\p{L}+\s\d{4}\sà\s\d{1,2}\s?[:h]\s?\d{2}$/u;
// A reader's name and the day alone behind a dash, under a count of comments: "Nadia B. — 25 septembre 2025" (a place
// there, "Bruxelles — 3 novembre 2025", opens a chronology's entry).
const DASHED_DAY_STAMP_RE = /^[\p{L}\d_.'’-]{2,30}(?: [\p{L}\d_.'’-]{1,30})?\s—\s\d{1,2}\s\p{L}+\s\d{4}$/u;
const COMMENTER_STAMP_RE = /^(?!\d{1,2}\s?h\s?\d{2}\s|(?:actualisé|publié|mis à jour|modifié)e?\s)[\p{L}\d_.'’-]{2,30}(?: [\p{L}\d_.'’-]{1,30})?\s(?:[·|•–-]\s(?:le\s)?(?:\d{1,2}[\s/.]|il y a\s|(?:hier|aujourd['’]hui|avant-hier) à \d{1,2}\s?[:h]\s?\d{2}$).{0,40}|—\s(?:\d{1,2}\s\p{L}+\s\d{4}\sà\s\d{1,2}\s?[:h]\s?\d{2}|il y a\s.{1,30})|\s{2,}il y a \d{1,3} (?:minutes?|heures?|jours?|min|h|j)(?: · Auteure?)?)$|^@[\p{L}\d_.-]{2,30}\s+il y a\s\d+\s\p{L}+(?:\s\(modifié\))?$|^u\/[\p{L}\d_-]{2,30}(?:\sOP)?\s•\sil y a\s\d+\s?\p{L}{1,8}$|^[\p{L}\d_.'’-]{2,30}(?: [\p{L}\d_.'’-]{1,30})?\s—\s\d{2}\/\d{2}\/\d{4}\s(?:à\s)?\d{1,2}\s?[:h]\s?\d{2}$|^[\p{L}\d_.'’-]{2,30}(?: [\p{L}\d_.'’-]{1,30})?\s·\s(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}$/u;
// The same without its dash, under a count of comments under the page's tools: "Jean-Pierre L. 08/02/2025 09:41"
// (under a paragraph, "3 réactions" may head a letters page's letters, "Nadia B. 10/11/2025 14:20" / its letter).
const FIGURES_STAMP_RE = /^[\p{L}\d_.'’-]{2,30}(?: [\p{L}\d_.'’-]{1,30})?\s\d{2}\/\d{2}\/\d{4}\s(?:à\s)?\d{1,2}\s?[:h]\s?\d{2}$/u;
// A count of comments alone: "3 commentaires".
// The comments' label alone: "Commentaires", "Réactions".
const COMMENTS_LABEL_RE = /^(?:commentaires|réactions)$/iu;
// A line quoted behind "> " in an e-mail's reply, its words; the fewest characters compared with the message above.
const REPLY_QUOTE_RE = /^\s*(?:>\s?)+(\S.*?)\s*$/u;
const REPLY_QUOTE_MIN = 30;
// A menu's first item, its link home: "Accueil | Profil | Archives".
const HOME_FIRST_RE = /^(?:accueil|home)(?!\p{L})/iu;
// A message's number in a mailing list's digest: "Message: 1".
const DIGEST_MESSAGE_RE = /^message\s?:\s?\d{1,4}$/iu;
// A blog's line of meta under its post: "Publié par Fred à 21:47 | Lien permanent | Commentaires (3) | Trackbacks (0)"
// (with its day, "Publié par Fred le 20/02/2007 à 21:47 | …", a byline dating the post).
const BLOG_POST_FOOTER_RE = /^(?:publié|posté|écrit|rédigé) par [^|\d]{1,60}?(?:\s(?:à|a)\s\d{1,2}[:h]\d{2}\s?)?(?:\|\s?(?:lien permanent|permalien|commentaires?\s?\(\d{1,4}\)|trackbacks?\s?\(\d{1,4}\)|rétroliens?\s?\(\d{1,4}\))\s?){2,4}$/iu;
// A comment's signature and day under it, on an old blog: "Écrit par : Sophie | 20/02/2007", "Posté par : Marat | lundi
// 20 février 2007 à 21:12".
const COMMENT_SIGNED_UNDER_RE = /^(?:écrit|posté|publié|rédigé) par\s?:\s?[^|]{1,40}\|\s?(?:le\s)?(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s)?\d{1,2}(?:er)?\s\p{L}+\.?\s\d{4})(?:,?\s(?:à\s)?\d{1,2}[h:]\d{2})?$/iu;
// A count in thousands: "1 238 commentaires".
const THOUSANDS_COUNT_RE = /^\d{1,3}(?:[\s\u00a0\u202f]\d{3})+\s+(?:commentaires|réactions)$/iu;
// "RÉAGISSEZ (3)" too: over the comments' prompt or their first stamp, it opens them.
const COMMENT_COUNT_RE = /^(?:💬\s*)?(?:\d+|\d{1,3}(?:[\s\u00a0\u202f]\d{3})+)\s+(?:commentaires?|réactions?)(?:\s{2,}(?:trier par|partager|sauvegarder|signaler)){0,4}$|^réagi(?:ssez|r)\s?\(\d{1,4}\)$/iu;
// A person's name after the dash: "— Mélanie Joly, ministre …".
const NAMED_ATTRIBUTION_RE = /^[—–-]\s+(?:(?:Prof|Pr|Dr|Mgr)\.\s)?\p{Lu}[\p{L}'’-]+\s(?:(?:de |d['’]|von |van )?\p{Lu}[\p{L}'’-]+)(?:,|$)/u;
// An attribution under a quotation: a dash, a name, maybe a title or a role, no sentence: "— Prof. Robert Dussey" ("—
// M. Mourat Nourtleou, vice-Premier ministre" under a decree's words lists those it names).
const QUOTE_ATTRIBUTION_RE = /^[—–-]\s+(?:(?:Prof|Pr|Dr|Mgr)\.\s)?\p{Lu}[^.!?«»]{1,120}$/u;
// An event of a chronology, its day and a colon first: "3 janvier 1992 : …", "2-4 juillet 2024 : …", "Septembre 2019 :
// …".
const CHRONOLOGY_ITEM_RE = /^(?:(?:\d{1,2}(?:er)?(?:\s?[-–]\s?\d{1,2}(?:er)?)?\s+)?\p{L}{3,9}\.?\s+)?(?:1[89]|20)\d{2}\s*:\s+\S.{10,300}$/u;
// The longest line of a list without bullets.
const LIST_LINE_MAX = 220;
// The fewest words of a sentence introducing a list whose items open in capitals (see classifyLines).
const CAPITAL_LIST_INTRO_WORDS = 4;
// A box of the site's latest or other pages introduced like a list: "Les derniers communiqués de l'ambassade :".
const LATEST_BOX_INTRO_RE = /^(?:les |nos )?(?:derni(?:er|ère)s|autres|plus récente?s)\s/iu;
// A name and a role after a comma, no sentence: "Mourat Nurtleu, ministre kazakh des Affaires étrangères".
const NAMED_ROLE_RE = new RegExp(`^\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:(?:de|d['’]|du|le|la|von der|von|van der|van|ben|bin|al|el)\\s+)?\\p{Lu}[\\p{L}'’.-]+){1,3},\\s+(?!(?:un|une|des|la|les|l['’])\\s|le\\s(?!\\d))\\p{Ll}[^.!?«»:]{3,100}$`, "u");
// A quotation's source named without a person, right under it: "Communiqué de la présidence kazakhe", "Agence de
// l'énergie atomique du Kazakhstan".
const QUOTED_SOURCE_RE = /^\p{Lu}[^.!?«»:;]{3,90}$/u;
// The source's first word (not an article: "Le ministère … en première ligne" is an intertitle).
// An unnamed source: "Un diplomate européen en poste à Astana".
const SOURCE_WORD_RE = /^(?:communiqué|déclaration|ministère|présidence|agence|porte-parole|ambassade|service de presse|gouvernement|commission|une? (?:diplomate|haut fonctionnaire|haute fonctionnaire|conseill(?:er|ère)|expert|experte|analyste|observat(?:eur|rice)|source|chercheu(?:r|se)|négociat(?:eur|rice)))(?!\p{L})(?!.*\set\s)/iu;
// A filing verb and its day: "déposé le 8 novembre 2023", "présenté le …", "adoptée le …".
const FILED_ON_RE = /(?<!\p{L})(?:déposée?|présentée?|adoptée?|enregistrée?|remise?)(?: à la présidence d[eu] [^,]{1,40})? le\s/u;
// The signing clause of an official text: "Fait à Paris, le 29 novembre 2024".
const SIGNED_AT_RE = /^Fait (?:à \p{Lu}[\p{L}'’ -]{1,40},?\s+)?le\s(?=\d|1er)/u;
// A credit line that credits a photo: "Photo ONU/Manuel Elías", "© Akorda", "Crédit photo : DR", "Droits d'auteur AP
// Photo".
// A gallery's label, its pictures counted: "Retour en images (24 photos)", "Galerie photos – 12 photos".
const GALLERY_LABEL_RE = /^(?:retour en images|en images|la galerie|galerie(?: photos?)?|diaporama|album(?: photos?)?|photos)\b[^.!?]{0,60}(?:\(\d{1,4} photos\)|[–—-]\s\d{1,4} photos)$/iu;
const GALLERY_REASON = "site furniture (the photo gallery and its captions)";
// The most captions read under a gallery's label (a page copied without blank lines runs on).
const GALLERY_CAPTIONS_MAX = 24;
// A magazine's issue a text was printed in, with its month: "Cet article est paru dans le n° 87 de Chroniques
// d'Histoire (novembre 2025)", "… dans Histoire & Sciences n° 118, septembre 2025.", "… (juin 2024). Retrouvez-le en
// kiosque …".
const PRINT_ISSUE_RE = /^(?:[Cc]et article|[Cc]e texte|[Cc]et entretien|[Cc]ette chronique) (?:est |a été )?(?:paru|publié)e? dans (?:(?:le )?(?:n°|numéro)\s?\d{1,5} (?:de |d['’]|du )[^()]{2,60}\(([^()]{4,30})\)|[^()]{2,60}?\s(?:n°|numéro)\s?\d{1,5},\s(\p{Ll}+(?:-\p{Ll}+)? \d{4}))\.?(?:\s(?:[Rr]etrouvez|[Dd]isponible)[^«»]{0,100})?$/u;
// A caption behind the place of its picture, as a copy keeps it: "[Photo] Le Palais de l'Indépendance …".
const PICTURE_PLACE_CAPTION_RE = /^\[(?:[Pp]hoto|PHOTO|[Ii]mage|IMAGE|[Ii]llustration)\]\s+\S.{3,300}$/u;
// A photographer's name in capitals, a slash, an agency in capitals: "ALEXEÏ DROZDOV / STEPPE IMAGES".
const CAPS_NAME_AGENCY_RE = /^[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ'’.-]+(?:[\s-][A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ'’.-]+){1,2}\s\/\s[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ'’.&-]+(?:\s[A-ZÀ-ÖØ-ÞŒ][A-ZÀ-ÖØ-ÞŒ'’.&-]+){0,3}$/u;
// "Photo Normandie Matin / Julien Hébert": a photo credited to an outlet, then to its photographer ("Photos Sport /
// Vidéos Sport" is a menu's item).
const OUTLET_PHOTOGRAPHER_RE = new RegExp(String.raw`^(?:Photo|PHOTO)\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}\s\/\s?(?!Vid[ée]os?\s)${PERSON_NAME}$`, "u");
// The site's name, a dash, a photographer's name: "L'Écho du Languedoc - Marc Estève" (see classifyLines: the name must
// be the masthead's).
const OUTLET_PHOTOGRAPHER_DASH_RE = new RegExp(String.raw`^(\S[^–—/-]{2,40}?)\s[-–—/]\s${PERSON_NAME}$`, "u");
// The first lines, where a site prints its name.
const MASTHEAD_LINES = 12;
// A photographer and an agency in small letters, or a supplied photo: "Kirill Kudryavtsev / AFP", "PHOTO FOURNIE PAR
// KAZATOMPROM".
const SUPPLIED_PHOTO_RE = /^(?:\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ -]\p{Lu}\p{Ll}[\p{L}'’-]*){1,2}\s?\/\s?\S.*|PHOTOS? (?:FOURNIES? PAR|GRACIEUSETÉ|COURTOISIE)\b.*)$/u;
// A photo credited by its photographer's initials: "Photo P.-T. A.".
const PHOTO_INITIALS_RE = /^(?:Photos?|PHOTOS?)\s(?:\p{Lu}\.(?:-\p{Lu}\.)?\s?){1,3}$/u;
const PHOTO_CREDIT_RE = /^(?:©|\([cC]\)\s|[Pp]hotos?\b|PHOTOS?\b|[Cc]rédits?\b|[Dd]roits d['’]auteur)/u;
// Words announcing what is to come: a headline "… ce qu'il faut attendre de la rencontre de Samarcande (3-4 avril)".
const PREVIEW_RE = /(?<!\p{L})(?:attendre|à venir|prochaine?s?|se tiendra|aura lieu|avant|programme)(?!\p{L})/iu;
// A caption is short; a longer paragraph before a credit is the article's text.
const CAPTION_MAX = 300;
// Unless it ends on the photo's day and its copyright: "…, à Astana, le 10 mars 2026. © Ambassade de France".
const LONG_CAPTION_MAX = 450;
const COPYRIGHT_END_RE = /,\s(?:le\s)?\d{1,2}(?:er)?\s\p{L}+\s\d{4}\.\s©\s?\p{Lu}[^.!?]{0,80}$/u;
// The editor answering for a page, as Chinese portals name them: "Rédacteur responsable : Zhou Min", "Rédacteur : 王晗"
// (a staff box's "Rédacteur en chef : …" under "La rédaction" is the site's).
const EDITOR_NAME = String.raw`(?:${PERSON_NAME}|\p{Script=Han}{2,4})`;
const EDITOR_IN_CHARGE_RE = new RegExp(String.raw`^[Rr]édact(?:eur|rice) responsable\s?:\s${PERSON_NAME}$|^[Rr]édact(?:eur|rice)s?\s?:\s${EDITOR_NAME}(?:,\s${EDITOR_NAME}){0,2}$`, "u");
// A place, then an agency's name between slashes (see its rule).
// (A newspaper's name with its translation between slashes, "Vremia /Le Temps/", is no agency.)
const SLASHED_AGENCY_DATELINE_RE = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s\/(?:\p{Lu}{3,}|\p{Lu}[\p{L}\d .'’&-]{0,24}\s(?:News|Press|Info|Média|Media|TV|Agency))\/$/u;
// A wire's signature: "(Marc-Antoine Ledru, édité par Sophie Kern)", "(Reportage Anna Petrova ; édité par Paul Roux)".
const WIRE_EDITED_BY_RE = new RegExp(String.raw`^\((?:(?:reportage|rédigé par|écrit par|avec)\s)?${PERSON_NAME}(?:(?:,|\set)\s${PERSON_NAME})*\s?[,;]\s(?:édité|édition|révisé|relu)(?: par)?\s${PERSON_NAME}\)$`, "u");
// A person's name, a comma (maybe spaced), then the rest of the line: a weekday and a day, where a weekly signs so (see
// readDateLine); without the weekday, "Addis Abeba, 12 mars 2025" is a dateline.
const NAME_THEN_DAY_RE = new RegExp(String.raw`^(${PERSON_NAME})\s?,\s+((?:[Ll]undi|[Mm]ardi|[Mm]ercredi|[Jj]eudi|[Vv]endredi|[Ss]amedi|[Dd]imanche)\b.{1,50})$`, "u");
// A wire's caption, its day then its photographer in brackets, the surname in capitals: "… Kassym-Jomart Tokaïev à
// Astana, le 1er novembre 2023 (Ludovic MARIN)" (a prize's list, "Premier prix : « … », le 12 avril 2024 (Aliya
// NURBEKOVA)", names its winners).
const DAY_THEN_PHOTOGRAPHER_RE = /,\s(?:le\s)?\d{1,2}(?:er)?\s\p{L}+\s\d{4}\s\(\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+)?\s\p{Lu}{2,}(?:[\s-]\p{Lu}{2,})*(?:\s?\/\s?\p{Lu}{2,})?\)$/u;
// A caption's last words, the photo's day: "…, à Astana, le 27 novembre 2024".
const CAPTION_DAY_END_RE = /,\s(?:le\s)?\d{1,2}(?:er)?\s\p{L}+\.?\s\d{4}$/u;
// A caption of two sentences is at most this long.
const SHORT_CAPTION_MAX = 220;
// A table row: text, a tab, more text.
const TABLE_ROW_RE = /\S\t+\S/u;
// A table's columns set apart by spaces, as a text export aligns them: a run of two spaces or more.
const SPACED_CELLS_RE = /\S {2,}\S/u;
// A cell holding a figure: "3,2", "-2,7", "2025p", "15 %".
const FIGURE_CELL_RE = /^[-+−–]?\d[\d\u00A0\u202F ]*(?:[.,]\d+)?\s?[%p]?$/u;
/** Cells holding figures in a row set out with spaces, at least this many, and at least half of its cells. */
const FIGURE_CELLS_MIN = 3;
/** A row of a table pasted as text (see TABLE_ROW_RE); a line without a tab is not scanned. */
function isTableRow(text: string): boolean {
  return text.includes("\t") && TABLE_ROW_RE.test(text);
}
/**
 * A row set out with spaces with figures in most of its cells: "Croissance du PIB (%)     3,2     5,1     4,8", "2022
 * 2023    2024". A table has two rows or more (see markSpacedTables): a bar of rates ("USD  470,25    EUR  512,80") or a
 * pager ("« Précédent    1    2    3    Suivant »") stands alone.
 */
function isSpacedFigureRow(text: string): boolean {
  if (text.includes("\t") || !SPACED_CELLS_RE.test(text)) return false;
  const cells = text.trim().split(/ {2,}/u);
  const figures = cells.filter((c) => FIGURE_CELL_RE.test(c)).length;
  return figures >= FIGURE_CELLS_MIN && figures * 2 >= cells.length;
}
/**
 * Marks the rows of tables set out with spaces: two such rows or more one under another (see isSpacedFigureRow). So
 * for a table whose cells stand between bars, three cells or more, figures in its rows, its head over them: "Catégorie
 * | Athlète | Club | Classement" / "60 kg | Mathis Kerbrat | Lutte Club Quimper | 5e" / ….
 */
function markSpacedTables(ws: Work[]): void {
  const row = ws.map((w) => isSpacedFigureRow(w.src.text));
  for (let i = 0; i < ws.length; i++) if (row[i] && (row[i - 1] || row[i + 1])) ws[i].tableRow = true;
  const cells = ws.map((w) => (BAR_ROW_RE.test(w.v) ? w.v.split(/\s\|\s/u).length : 0));
  const figures = (i: number) => cells[i] > 0 && /\d/u.test(ws[i].v);
  for (let i = 0; i < ws.length; i++) {
    const mate = (j: number) => j >= 0 && j < ws.length && figures(j) && cells[j] === cells[i];
    if (!figures(i) || !(mate(i - 1) || mate(i + 1))) continue;
    ws[i].tableRow = true;
    if (i > 0 && cells[i - 1] === cells[i] && !figures(i - 1)) ws[i - 1].tableRow = true;
  }
}
// A table's row between bars: "60 kg | Mathis Kerbrat | Lutte Club Quimper | 5e".
const BAR_ROW_RE = /^[^|]{1,60}(?:\s\|\s[^|]{1,60}){2,}$/u;
/** A row of a table: cells apart by tabs, or in a table set out with spaces. */
function isRow(w: Work): boolean {
  return !!w.tableRow || isTableRow(w.src.text);
}
// A box of the article's key points: "Ce qu’il faut retenir", "L’essentiel", "À retenir", "Ce que vous devez savoir".
const KEY_POINTS_RE = /^(?:ce qu['’]il faut retenir|l['’]essentiel|à retenir|les points clés|points clés|points saillants|en bref|ce qu['’]il faut savoir|ce que vous devez savoir)\s*:?$/iu;
// A box's source or credit under its items: "Sources : Kazatomprom, World Nuclear Association", "Infographie : …"
// ("Crédits : +18 % sur un an" is a bank's figure).
const BOX_SOURCE_RE = /^(?:sources?|photos?|infographie|graphique)\s?:/iu;
// A fact box's label: "Repères", "Orbis Fret en chiffres", "Le Kazakhstan en bref", "Chiffres clés", "Bio express".
const FACT_BOX_RE = /^(?:repères|(?:\S[^.!?:]{1,40} )?en chiffres|\S[^.!?:]{1,40} en bref|(?:les )?chiffres[- ]clés|bio express|fiche d['’]identité)\s*:?$/iu;
/** Longest line read as one of the key points under such a heading. */
const KEY_POINT_MAX = 300;
// A label set over a note's standfirst: "Résumé", "Abstract", "Synthèse".
const STANDFIRST_LABEL_RE = /^(?:résumé|abstract|synthèse|chapeau|chapô)\s*:?$/iu;
// An advertiser's call to buy, short, addressing the reader: "Simulez votre prêt en ligne !", "découvrez nos circuits …
// Brochure 2026 disponible …", "Ouvrez un PEA en ligne sans frais de tenue de compte. Voir conditions." (reported, "« Profitez de taux bonifiés ! », a lancé son vice-président", it is news).
const AD_COPY_RE = /^(?=.{0,250}$)(?!.*(?<!\p{L})(?:a|ont) (?:lancé|déclaré|annoncé|indiqué|précisé|expliqué)(?!\p{L})|.*(?<!\p{L})(?:selon|c['’]est l['’]une)(?!\p{L})).*(?<!\p{L})(?:simulez|découvrez|réservez|profitez|commandez|demandez|essayez|obtenez|bénéficiez|économisez|souscrivez|testez|achetez|estimez|ouvrez)(?!\p{L})(?=.*(?<!\p{L})(?:votre|vos|nos|notre|voir conditions)(?!\p{L}))(?=.*(?:!$|[.…]\s+\p{Lu}))/iu;
// An advertiser's call with its price, its free offer or its conditions, wherever its verb stands: "Envie de changer de
// voiture ? Estimez gratuitement votre véhicule …", "Nouveau Dacia Duster à partir de 19 990 €. Découvrez-le …".
const AD_MARKED_RE = /^(?=.{0,250}$)(?=.*(?:\d\s?€|(?<!\p{L})gratuit|sans frais|voir conditions|offre (?:de|spéciale)))(?=.*(?<!\p{L})(?:simulez|découvrez|réservez|profitez|commandez|demandez|essayez|obtenez|bénéficiez|économisez|souscrivez|testez|achetez|estimez|ouvrez)(?!\p{L}))/iu;
// An offer's terms, short, under the label: "Passez à la fibre 8 Gb/s : -50 % pendant 12 mois. Offre soumise à
// conditions.". ("… une offre valable jusqu'au 30 avril." under an empty slot is the text's.) A magazine's own issue
// under the label: "Découvrez le hors-série « … » – en kiosque et sur notre boutique en ligne".
const OFFER_TERMS_RE = /^(?=.{0,250}$).*(?<!\p{L})(?:offre soumise à conditions|voir conditions|dans la limite des stocks disponibles|en kiosques?(?:\s(?:et|ou)\s[^.!?]{0,40})?$)(?!\p{L})/iu;
// A section's label in capitals, a dot, its series in a few words: "ENTRETIENS · Collection « Géopolitiques »". The
// same in capitals on both sides, a place or two words after the dot: "CARNET DE TERRAIN · KAZAKHSTAN". ("ASIE CENTRALE
// · Tokaïev reçoit Emmanuel Macron" is a headline under its kicker, "TOKAÏEV À PARIS · CE QU'IL FAUT RETENIR" a
// headline in capitals.)
// A market note's kind and its metal: "Note de marché – Aluminium" ("Note de conjoncture – Kazakhstan" heads a
// country's report).
// A review's rubric and its section: "Critique · Littératures d'Asie centrale".
const SERIES_LABEL_RE = /^[Nn]ote de marché\s[–—-]\s\p{Lu}[\p{L}'’-]*(?:\s\p{L}[\p{L}'’-]*){0,2}$|^(?:Critique|Chronique|Portrait|Analyse|Tribune|Reportage|Enquête|Éditorial|Décryptage|Récit|Essai|Livres?|Cinéma|Musique|Théâtre|Expositions?)s?\s·\s\p{Lu}[^·.!?]{2,50}$|^\p{Lu}{3,}(?:\s\p{Lu}{2,})?\s·\s(?:[Cc]ollection|[Ss]érie|[Dd]ossier|[Rr]ubrique|[Cc]hronique|[Hh]ors-série)\b[^·]{0,40}$|^[^\p{Ll}·]{3,40}\s·\s[^\p{Ll}·\s]{2,20}(?:\s[^\p{Ll}·\s]{2,20})?$/u;
// The label over a site's latest news, and a headline behind its time (see their rule).
const LATEST_NEWS_LABEL_RE = /^(?:les )?dernières nouvelles\s*:?$/iu;
const TIMED_HEADLINE_RE = /^\d{1,2}[:h]\d{2}\s{2,}\p{Lu}[^.!?]*$/u;
// Or behind its day and a dash: "2 novembre 2023 — Le Chef de l'État a reçu le Premier ministre Alikhan Smaïlov".
const DATED_HEADLINE_RE = /^\d{1,2}(?:er)?\s(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s(?:19|20)\d{2}\s[—–-]\s\p{Lu}[^!?]{0,200}$/u;
// A brand's name and its call, under the label: "Orange Money : envoyez et recevez de l'argent partout en Centrafrique.
// Tapez #144#". (An intertitle, "Voyageurs : vérifiez la date d'expiration de votre passeport", ends on no stop.) An
// advertiser's name and its slogan to the reader: "Garage Chételat & Fils – Votre partenaire mobilité à Porrentruy"
// ("Horlogerie – Nos montres séduisent …" is an intertitle).
const ADVERTISER_SLOGAN_RE = /^(?=.{0,160}$)\p{Lu}[^.!?–—]{1,60}\s[–—]\s(?:Votre|Vos)\s[^.!?]{2,100}$/u;
const BRAND_CALL_RE = /^(?=.{0,200}$)\p{Lu}[\p{L}\d'’&. -]{1,30}\s?:\s\p{Ll}+ez(?!\p{L}).*[.!](?:\s|$)/u;
// The label over advertisers' links: "Contenu sponsorisé", "Recommandé par Outbrain".
const SPONSORED_RE = /sponsoris|partenaire|outbrain|taboola/iu;
// Section headings an abstract or a note opens with, printed between the headline and the text: "Résumé".
const OPENING_SECTION_RE = /^(?:résumé|abstract|introduction|synthèse|en bref|l['’]essentiel|points clés|à retenir)\s*:?$/iu;
// A numbered section's title, a report's part: "II. LE KAZAKHSTAN, UN PARTENAIRE PIVOT", "A. — Une diplomatie…", "1. Un
// équilibre…".
const NUMBERED_SECTION_RE = /^(?:[IVXL]{1,5}|[A-H]|\d{1,2})[.)]\s+(?:[—–-]\s+)?\p{Lu}/u;
// A person's name alone on a line, as an author signs at the end.
const SIGNATURE_RE = new RegExp(`^${PERSON_NAME}$`, "u");
// A signature with the writer's town, maybe its département and the day: "Bernard Lacombe, Montélimar (Drôme)",
// "Marie-Claire Dubois, Annecy, 12 mai 2024".
const TOWN_SIGNATURE_RE = new RegExp(String.raw`^${PERSON_NAME},\s+\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2}(?:\s\([\p{L}'’ -]{2,40}\))?(?:,\s+(?:le\s+)?\d{1,2}(?:er)?\s\p{L}+\s\d{4})?$`, "u");
// A professional network's author line: "Bertrand Lefèvre • 2e", "Karim Ouazzani • 3e et +".
const NETWORK_AUTHOR_RE = new RegExp(String.raw`^${PERSON_NAME}\s[•·]\s(?:1er|2e|3e(?: et \+)?)$`, "u");

const HEADING_MAX_CHARS = 160;
// A paragraph this long printed twice is a paste error; shorter lines ("Publicité", "Lire la suite") may recur.
const REPEAT_MIN_CHARS = 60;
// A pull quote is short: a longer quotation is part of the text.
const PULL_QUOTE_MAX = 240;
// Quotations checked for repetition per article, at most: a page has one or two pull quotes, not hundreds.
const PULL_QUOTE_CHECKS = 50;
// What may follow a pull quote's quotation: nothing, or a short attribution after a dash or in brackets.
const PULL_QUOTE_TAIL_RE = /^(?:|[—–-]\s*\S.{0,80}|\(.{1,80}\))$/u;
const HEADING_MAX_WORDS = 25;
// The label over an author's name: "Auteur", "Autrices", "Par :".
const AUTHOR_LABEL_RE = /^(?:auteur|auteure|autrice|auteurs|autrices|auteur·es?|auteur\.e\.?s?|par)\s*:?$/iu;
// A colleague or an agency credited for the facts: "Avec les informations de Julien Côté", "Avec des informations de
// l'AFP".
const INFORMATION_CREDIT_RE = /^[Aa]vec (?:les |des )?informations? (?:de |d['’])\s?(?:\p{Lu}|l['’]\p{Lu}|la \p{Lu}|le \p{Lu})[^.!?]{0,80}$/u;
// An agency's acronym signing a dispatch (three capitals: "KPS"), or a service with its house: "AMI", "APS",
// "DCRP/Présidence du Faso" (a rubric's "ASIE" after the text is none); in brackets, the house with the agencies it
// drew on: "(RCI, avec Agerpres)". An agency's initials with its desk's two: "PNS/SA/HK" ("OTSC/OCS/CEI" are a page's
// tags).
const SOURCE_SIGN_OFF_RE = /^(?:AMI|APS|AIB|ACP|MAP|ANP|AIP|APA|TAP|AGP|ABP|ACI|AFP|ATS|AP|\p{Lu}{3})$|^\p{Lu}{2,4}\/\p{Lu}{2}\/\p{Lu}{2}$|^\p{Lu}{2,6}\s?\/\s?\p{Lu}[\p{L}'’ -]{1,30}$|^\(\p{Lu}{2,8},?\s(?:avec|et|d['’]après)\s(?:l['’]|les\s)?\p{Lu}[\p{L}'’.-]{1,20}(?:(?:,\s|\set\s)\p{Lu}[\p{L}'’.-]{1,20}){0,3}\)$/u;
// A first name and the surname's initial: "Rija R.", "Jean-Pierre K.".
const INITIALLED_NAME_RE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s\p{Lu}\.(?:\s?\p{Lu}\.)?$/u;
// An author under that label, their role after a comma, maybe their office: "Stefan Albrecht, counsel, Bruxelles".
const NAME_WITH_ROLE_RE = new RegExp(
  String.raw`^${PERSON_NAME},\s+(?:associée?|counsel|collaborat(?:eur|rice)|avocate?|chercheu(?:r|se)(?: associée?)?|direct(?:eur|rice)(?: [\p{Ll}'’ -]{1,30})?|analyste|professeure?|journaliste|rédact(?:eur|rice)|correspondante?|chargée? de [\p{Ll}'’ -]{1,30}|consultante?|économiste|doctorante?|maître de conférences|juriste|stagiaire)(?:,\s+\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})?$`,
  "u",
);
// The label over the authors' box after the text: "Auteurs", "Les auteurs", "Vos contacts".
const AUTHORS_BOX_LABEL_RE = /^(?:les |nos )?(?:auteur(?:e|s|es)?|autrices?|contacts?|vos contacts|experts?)\s*:?$/iu;
// An author with their trade, as a research note signs under its date: "Claire Vasseur, économiste pays – Asie
// centrale". (Words after another comma name places: "…, analyste politique à Almaty, décrypte la visite" is a
// standfirst.)
const AUTHOR_AT_WORK_RE = new RegExp(String.raw`^${PERSON_NAME},\s+(?:économiste|analyste|journaliste|rédact(?:eur|rice)|correspondante?|chercheu(?:r|se)|consultante?)\b[^,.!?;:«»]{0,40}(?:,\s+\p{Lu}[^,.!?;:«»]{0,30}){0,2}$`, "u");
// The same between the headline and the date line, the trade's place only after it: "Claire Vasseur, chercheuse
// associée au programme Russie/Eurasie" ("Aïda Seitkali, chercheuse qui écoute fondre les glaciers" is a portrait's
// headline).
const TRADE_BYLINE_RE = new RegExp(String.raw`^${PERSON_NAME},\s+(?:CFA,\s)?(?:économiste|analyste|journaliste|rédact(?:eur|rice)|correspondante?|chercheu(?:r|se)|consultante?|stratégiste)(?:\s(?:associée?|senior|principale?))?(?:\s(?!(?:qui|que|dont|où)(?!\p{L}))\p{Ll}[\p{L}-]+){0,2}(?:\s(?:au|aux|à la|à l['’]|à|de la|de l['’]|de|du|des|en|chez|pour)\s?[^,.!?;:«»]{1,40})?$`, "u");
// A film's director, its country, year and length in brackets (see classifyLines).
const FILM_BY_RE = new RegExp(String.raw`^(?:[Dd]ocumentaire|[Ff]ilm|[Rr]eportage|[Cc]ourt métrage) (?:de|d['’])\s?${PERSON_NAME}(?:\s(?:et|&)\s${PERSON_NAME})?\s\([^()]{0,40}\b(?:19|20)\d{2}\b[^()]{0,40}\)$`, "u");
// A researcher's rank, maybe its field, then their unit or university (see classifyLines).
const RESEARCH_BYLINE_RE = new RegExp(String.raw`^${PERSON_NAME},\s+(?:(?:[Mm]aîtr(?:e|esse)|[Cc]hargée?|[Dd]irect(?:eur|rice)) de (?:recherches?|conférences))(?:\s(?:en|de|à|au|à la|à l['’]|du|des)\s?[^,.!?;:«»]{1,60})?(?:,\s+[^,.!?;:«»]{2,60}){0,2}$`, "u");
// A Flemish site's date line over its French summary, its weekday shortened first: "ma 12 mei 2025 om 14.37 uur ·
// Bijgewerkt om 17.05 uur" ("4 nov. 2024" is French).
const DUTCH_MONTH_NUMBERS: Record<string, number> = { jan: 1, feb: 2, mrt: 3, maart: 3, apr: 4, april: 4, mei: 5, jun: 6, juni: 6, jul: 7, juli: 7, aug: 8, augustus: 8, sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, nov: 11, november: 11, dec: 12, december: 12 };
const DUTCH_DATE_LINE_RE = new RegExp(
  String.raw`^(?:ma|di|wo|do|vr|za|zo)\.?\s(\d{1,2})\s(${Object.keys(DUTCH_MONTH_NUMBERS).join("|")})\.?\s(\d{4})(?:\som\s\d{1,2}[.:]\d{2}(?:\suur)?)?(?:\s·\s[Bb]ijgewerkt om \d{1,2}[.:]\d{2}(?:\suur)?)?$`,
  "iu",
);
// In the page's head only: further down, such a line dates an article a review cites.
const DUTCH_DATE_LAST_LINE = 15;
// English month names, by their first three letters.
const ENGLISH_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const ENGLISH_MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
// A date field written in English by a tool, alone on its line but for the time: "Date : March 14, 2023", "pubDate:
// Wed, 29 Jun 2016 07:15:00 +0200".
const ENGLISH_DATE_FIELD_RE = new RegExp(
  String.raw`^[*_]*(?:date|published|publication date|date de publication|pubdate|dc:date)[*_]*\s*:[\s*_]*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:${ENGLISH_MONTH}\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+${ENGLISH_MONTH}\.?\s+(\d{4}))(?:,?\s+(?:à\s+)?\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s?(?:AM|PM))?(?:\s+(?:[+-]\d{4}|GMT|UTC|CET|CEST))?)?[*_]*$`,
  "iu",
);
// A writing platform's reading time and day, in English: "9 min read · Nov 16, 2025" (Medium).
const READ_TIME_ENGLISH_DATE_RE = new RegExp(String.raw`^\d{1,3} min read\s*·\s*${ENGLISH_MONTH}\.?\s+(\d{1,2}),?\s+(\d{4})$`, "iu");
// A newsletter platform's day under its post's byline, in English capitals: "MAR 04, 2025" (its comma tells it from
// French's "MAR 04" for mardi); in the page's head.
const PLATFORM_ENGLISH_DAY_RE = /^(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\s(\d{1,2}),\s((?:19|20)\d{2})$/u;
const PLATFORM_DAY_LAST_LINE = 20;
// "Fait à Paris, le 6 mai 2024." alone is a signature's; a longer line ("…, en deux exemplaires originaux…") is the
// text's.
const SIGNED_AT_SHORT = 60;
// A line of a signature block: "Par le Président de la République :", "Pour le Gouvernement de … :", "Le Premier
// ministre,".
const SIGNING_FOR_RE = /^(?:(?:Pour|Par) (?:le|la|les|l['’]) ?[^.!?]{2,110}:|(?:Le|La) [^.!?:]{2,100},)$/u;
// An official journal's issue over the official text it publishes dates it: "JORF n°0107 du 8 mai 2025" (over an
// article's headline, it labels the article's subject).
const JOURNAL_ISSUE_RE = /^(?:JORF|[Jj]ournal officiel(?: de la [Rr]épublique française)?)\s?n°\s?\d/u;
// The title of an official text: "Décret n° 2024-412 du 6 mai 2024 portant publication de…", "Loi n° 2023-1059 du 20
// novembre 2023 autorisant…".
const OFFICIAL_TITLE_RE = /^(?:Décret|Loi(?: organique)?|Arrêté|Ordonnance|Décision|Circulaire|Projet de loi|Proposition de loi)(?: n°\s?[\d-]+)? du \d{1,2}(?:er)? \p{Ll}+ \d{4} (?:portant|relati(?:f|ve)|autorisant|modifiant|fixant|pris|tendant|visant)\s/u;
// A stamp counting hours, minutes or days since the page came out: "Il y a 3 h", "il y a 25 minutes", "Il y a 2 jours";
// or naming its weekday only: "Publié mardi à 18h42".
// "Aujourd'hui à 05:00 | Mis à jour il y a 2 h" too.
const HOURS_AGO_RE = /^(?:publié )?il y a \d{1,2}\s?(?:h|heures?|min|minutes?|j|jours?)(?!\p{L})|^aujourd['’]hui(?!\p{L})|^(?:publié|mis à jour) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: (?:à|,) \d{1,2}\s?[h:]\s?\d{2})?$/iu;
// How many lines under the first body line (a standfirst) the page's stamp may stand.
const HEAD_STAMP_REACH = 4;
// The separators of a section's path: "Actualité | Terrains | 18.09.2024".
const CRUMB_SEP_RE = /\s+(?:›|‹|>|»|\/|\||→|·|•)\s+/u;

// A reading view's reading time, a span of minutes alone on its line: "8-10 minutes".
const READING_SPAN_RE = /^\d{1,2}\s?[-–]\s?\d{1,3} minutes$/u;
// A series' number after its name: "Notes de l'Observatoire Eurasie, n° 41".
const SERIES_NUMBER_END_RE = /,?\s(?:n°|no|numéro)\s?\d{1,4}$/u;
/** A breadcrumb's last item: "Accueil / Lettre D / Diplomatie multivectorielle" gives "Diplomatie multivectorielle". */
function lastCrumb(v: string): string {
  return v.split(CRUMB_SEP_RE).pop()!.trim();
}
// A letter's name, its issue and its month: "Nouvelles de l'Est — Lettre n° 112 — mars 2025" (a bulletin's, with its
// day, "Crues dans le nord du Kazakhstan — Bulletin n° 4 — 9 avril 2024", may be a headline).
const LETTER_ISSUE_LINE_RE = /^\p{Lu}[^—–|:]{1,60}\s[—–|]\s(?:la )?(?:lettre|newsletter)(?: d['’]information)?\sn[°o]\s?\d{1,4}\s[—–|]\s(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s\d{4}$/iu;
// A page's day, its section and its views: "12.10.2024 · Dans le monde orthodoxe · 418 vues".
const STAMP_SECTION_VIEWS_RE = /^(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}(?:er)?\s\p{L}{3,9}\.?\s\d{4})\s[·|]\s\p{Lu}[\p{Ll}'’ -]{2,40}\s[·|]\s\d[\d\s\u00a0\u202f]*\s(?:vues|lectures)$/u;
// A reply's title in a forum's thread: "Re: …".
// A forum's links alone on their line: "Qui est en ligne", "Aller à".
const FORUM_LINK_RE = /^(?:qui est en ligne|aller à)$/iu;
// A post's link to the page's top: "Haut".
const FORUM_TOP_LINK_RE = /^haut$/iu;
const REPLY_TITLE_RE = /^(?:re|rép)\s?:\s?(\S.*)$/iu;
// A member's details under their name: "Messages : 412", "Localisation : Grenoble" (the day they joined:
// MEMBER_SINCE_RE).
const MEMBER_FIELD_RE = /^(?:messages|localisation|âge|sexe)\s?:\s?\S.{0,40}$/iu;
const MEMBER_POSTS_RE = /^messages\s?:\s?\d[\d\s\u00a0\u202f]*$/iu;
// The longest signature under a member's box.
const SIGNATURE_MAX = 160;
// A post quoted in another, its label: "Steppe_et_Neige a écrit : ↑mar. 6 mai 2025 21:14".
const QUOTED_POST_RE = /^(\S.{0,40}?) a écrit\s?:\s?↑?\s?(?:(?:lun|mar|mer|jeu|ven|sam|dim)\p{L}{0,5}\.?\s)?\d{1,2}(?:er)?\s\p{L}{3,9}\.?\s\d{4}(?:,?\s(?:à\s)?\d{1,2}[:h]\d{2})?$/u;
// A post's author and day in a forum's thread (phpBB): "Message par Dmitri_K » jeu. 15 févr. 2024 08:47", "par
// GénéaNord » sam. 17 févr. 2024, 10:05".
const FORUM_POST_BY_RE = /^(?:message )?par\s[^\s»]{1,40}(?:\s[^\s»]{1,20}){0,2}\s»\s(?:(?:lun|mar|mer|jeu|ven|sam|dim)\p{L}{0,5}\.?\s)?\d{1,2}(?:er)?\s\p{L}{3,9}\.?\s\d{4}(?:,?\s(?:à\s)?\d{1,2}[:h]\d{2})?$/iu;
// (Its author: "Dmitri_K".)
const FORUM_POST_AUTHOR_RE = /^(?:message )?par\s(.+?)\s»/iu;
// An event's kind, day and hours: "Webinaire – mardi 23 juin 2020, 14h00-15h30 (heure de Paris)". An exhibition's run
// and its room: "Du 14 mars au 21 septembre 2025 — Galerie Est, niveau 1".
const EVENT_DAY_RE = /^(?:webinaire|visioconférence|conférence en ligne|table ronde|colloque|séminaire)\s[–—-]\s(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s\d{1,2}(?:er)?\s\p{L}+\s\d{4},?\s\d{1,2}\s?h\s?\d{0,2}(?:\s?[-–]\s?\d{1,2}\s?h\s?\d{0,2})?(?:\s\([^()]{1,30}\))?$|^du\s\d{1,2}(?:er)?\s\p{L}{3,9}(?:\s\d{4})?\sau\s\d{1,2}(?:er)?\s\p{L}{3,9}\s\d{4}(?:\s[—–|·-]\s[^.!?:;]{2,60})?$|^(?:atelier|session|panel|table ronde|séance|plénière)\s[\p{L}\d][\p{L}\d.]{0,5}\s?[·|–—-]\s?(?:salle|amphi(?:théâtre)?|auditorium)\s[^·|]{1,30}\s?[·|–—-]\s?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s\d{1,2}(?:er)?\s\p{L}+\s\d{4},?\s\d{1,2}\s?h\s?\d{0,2}(?:\s?[-–]\s?\d{1,2}\s?h\s?\d{0,2})?$/iu;
// The page's kind: "Communiqué de presse", "DOSSIER DE PRESSE".
// (Its kind may follow: "COMMUNIQUÉ DE PRESSE – INFORMATION RÉGLEMENTÉE".)
// An issuer's name over its release: "Présidence kazakhstanaise de l’Organisation du traité de sécurité collective".
const ISSUER_NAME_RE = /^(?:Ambassade|Consulat|Ministère|Présidence|Mission|Délégation|Représentation|Bureau|Secrétariat|Organisation|Gouvernement|Service|Direction|Agence|Office)(?!\p{L})/u;
const PRESS_RELEASE_LABEL_RE = /^(?:communiqué|dossier) de presse(?: conjoint)?(?:\s[–—-]\s(?:information réglementée|pour diffusion immédiate|sous embargo))?$/iu;
// The label naming its issuer, capitalised: "Communiqué de presse du Conseil d'Etat", "Communiqué de presse de Business
// France" ("Communiqué de presse de la honte" is an opinion's headline).
const ISSUED_RELEASE_LABEL_RE = /^(?:[Cc]ommuniqué de presse|COMMUNIQUÉ DE PRESSE) (?:du|de la|de l['’]|des|de|DU|DE LA|DE L['’]|DES|DE) (?!.*\s(?:sur|concernant|relatif|relative|à propos|après|suite)\s)\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,5}$/u;

/** True for a press release's label, maybe naming its issuer (never its headline). */
function isReleaseLabel(v: string): boolean {
  return PRESS_RELEASE_LABEL_RE.test(v) || ISSUED_RELEASE_LABEL_RE.test(v);
}
// An agency's name after two dashes: "-- WARTA".
const DASHED_AGENCY_RE = /^--\s?\p{Lu}{2,12}$/u;
// A sentence closed by the agency's name in brackets: "… à Jakarta. (KNA)".
const AGENCY_CLOSED_RE = /[.!?…]\s\(\p{Lu}{2,8}\)$/u;
// A broadcaster's credits: "Sujet radio: Claire Dufaux", "Adaptation web: jfe".
const BROADCAST_CREDIT_RE = /^(?:[Ss]ujet (?:radio|TV|télé)|[Aa]daptation web)\s?:\s?(?:\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}|\p{Ll}{2,4})$/u;
// A link to a service's news in one language: "Toutes les nouvelles en français".
const ALL_NEWS_LINK_RE = /^toutes les (?:nouvelles|actualités|infos) en \p{L}+$/iu;
// A programme's session, its day and hour first: "Ven. 14/11 · 19 h 30 — Soirée d’ouverture : Les Cavaliers de Torgaï".
// A page's history of its changes: "Historique des mises à jour de cette fiche :".
const PAGE_HISTORY_RE = /historique|mises? à jour|modifications?|publications?/iu;
// The fewest words of the paragraph announcing a calendar.
const CALENDAR_INTRO_WORDS = 8;
// A stamp of the page's publication: "Publié le …", "Mis en ligne le …" (not its update).
const PUBLISHED_STAMP_RE = /publi|mise? en ligne/iu;
// A day's badge in capitals over a headline: "12 MARS 2025".
const DAY_BADGE_RE = /^\d{1,2}(?:ER)?\s(?:JANVIER|FÉVRIER|MARS|AVRIL|MAI|JUIN|JUILLET|AOÛT|SEPTEMBRE|OCTOBRE|NOVEMBRE|DÉCEMBRE)\s(?:19|20)\d{2}$/u;
// A calendar's item, its day then what or where behind a dash: "8 mars 2025 – Lyon", "Samedi 15 mars – Grenoble, salle
// des fêtes", "21 et 22 novembre – Paris, Musée du quai Branly".
const DATED_ITEM_RE = /^(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s)?(?:\d{1,2}(?:er)?(?:\s(?:et|au)\s\d{1,2}(?:er)?)?\s(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s(?:19|20)\d{2})?|\d{1,2}[./]\d{1,2}[./](?:19|20)?\d{2})\s[–—-]\s\S[^.!?]{0,80}$/iu;
// A programme's day alone on its line: "Lundi 12 mai", "Mardi 13 mai 2025 :".
const PROGRAMME_DAY_RE = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s\d{1,2}(?:er)?\s(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s(?:19|20)\d{2})?\s?:?$/iu;
/** A programme's day (see PROGRAMME_DAY_RE), as a heading or read as a date line. */
function isProgrammeDay(w: Work): boolean {
  return !w.kind && (w.shape === "heading" || w.reason === "date line (publication metadata)") && PROGRAMME_DAY_RE.test(w.v);
}
// An hour and what happens then: "18 h : accueil …", "10h30 – visite …", "9 h-12 h : ateliers", "14:00 · table ronde".
const PROGRAMME_HOUR_RE = /^\d{1,2}(?:\s?h(?:\s?\d{2})?|[:.]\d{2})(?:\s?[-–à]\s?\d{1,2}(?:\s?h(?:\s?\d{2})?|[:.]\d{2}))?\s?(?::|[-–—·])\s?\S/u;
// A book card's fields (see classifyLines): its pages, its ISBN, its publisher, its translator, then its price and its
// release. Two kinds of them at least, one of the first four (a budget's prices alone are no book's).
const BOOK_FIELDS = [/^\d{2,4}\s?(?:pages|p\.)$/iu, /^isbn\b/iu, /^(?:éditions|éd\.)\s\S/iu, /^(?:traduit|trad\.) (?:du|de l['’]|de)\s?\p{L}/iu, /^\d{1,3}(?:[,.]\d{2})?\s?(?:€|euros)$/iu, /^(?:parution|date de parution|sortie)\s?:/iu];
const BOOK_OWN_FIELDS = [0, 1, 2, 3];
const BOOK_CARD_LINE_MAX = 120;
const BOOK_CARD_MIN = 3;
// An agenda's label over the site's events: "Agenda", "L'agenda du week-end", "Agenda de la Maison".
const AGENDA_OVER_RE = /^(?:l['’])?agenda\b|^à venir\b|^prochains? (?:événements?|rendez-vous)\b/iu;
// The longest line of a programme's day.
const PROGRAMME_ITEM_MAX = 200;
const SESSION_LINE_RE = /^(?:lun|mar|mer|jeu|ven|sam|dim)\.?\s\d{1,2}\/\d{1,2}\s[·|]\s\d{1,2}\s?h(?:\s?\d{2})?\s[—–-]\s\S/iu;
// The last line of a page's head where a menu of links apart by wide spaces is looked for.
const SPACED_MENU_LAST_LINE = 8;
/** Four links or more apart by three spaces or more, each a few words with a capital first, no sentence among them. */
function isSpacedMenu(v: string): boolean {
  const items = v.split(/\s{3,}/u);
  return items.length >= 4 && items.every((it) => it.length <= 30 && /^\p{Lu}/u.test(it) && countWords(it) <= 4 && !/[.!:,;]$/u.test(it));
}
// A site's name in lower case and its slogan, apart by spaces: "unicef  pour chaque enfant".
const LOGO_SLOGAN_RE = /^\p{Ll}[\p{L}\d-]{1,20}\s{2,}\p{Ll}[\p{Ll}'’ -]{2,40}$/u;
// A programme's guest or an event's speaker named in its text: "Notre invitée revient sur …", "nos intervenants".
const GUEST_WORD_RE = /(?<!\p{L})(?:invitée?s?|intervenante?s?|conférenci(?:er|ère)s?|orat(?:eur|rice)s?)(?!\p{L})/iu;
// A researcher's trade after their name: "chercheuse associée", "analyste", "politologue".
const RESEARCHER_ROLE_RE = /^\s*(?:chercheu(?:r|se)(?: associée?| senior| principale?)?|analyste|économiste|politologue|doctorante?|historienne?)\s*$/iu;
// A writer's trade after their name, under a headline: "Anne-Sophie Marchal, Associée", "Daniyar Seitkali, Counsel".
const AUTHOR_ROLE_RE = /^\s*(?:associée?|counsel|avocate?|collaborat(?:eur|rice)|juriste|journaliste|rédact(?:eur|rice)|correspondante?)\s*$/iu;
// A letter's name with its issue's number: "Lettre Arbitrage & Investissements – n° 58".
// So is a series' name in capitals with its number: "NOTE DE L’OBSERVATOIRE DE L’ASIE CENTRALE – N° 47".
// (A press review's "Revue de presse Asie centrale – n° 112", a blog's "Carnets d’Astana – n° 4" are their headlines.)
const ISSUE_NAME_RE = /^(?:(?:[Ll]a )?[Ll]ettre\b.{2,80}|(?=\P{Ll}+$)\p{Lu}.{5,80})\s[–—-]\s(?:[Nn]°|[Nn]o|[Nn]uméro|NUMÉRO)\s?\d{1,4}$/u;
// A field's label opening a line: "Titre original : …".
const FIELD_LABEL_RE = /^[^:«»"]{1,30}\s?:\s/u;
// The fewest words of a headline over its subtitle (a kicker over the headline is shorter).
const SUBTITLED_HEADLINE_WORDS = 8;
// The longest call to give over a donation form: "Vous aussi, agissez !".
const DONATION_CALL_WORDS = 6;
// The label of a legal notice: "Avertissement", "Mise en garde".
const WARNING_LABEL_RE = /^(?:avertissements?(?: juridiques?)?|mise en garde|disclaimer|énoncés prospectifs|déclarations prospectives|information prospective)\s*:?$/iu;
// The words beside its day that make a line a banner: "12 décembre 2025 – 30e anniversaire de la neutralité …".
const BANNER_WORDS = 3;
// A line opening on a label in capitals: "EN DIRECT · …", "ALERTE · …".
const LABELLED_LINE_RE = /^\p{Lu}{2,}(?:\s\p{Lu}{2,})*\s?[·:|–—-]\s/u;
// The fewest lines of a release's key points under its headline.
const KEY_POINTS_MIN = 3;
// A photo's credit line: "Crédit photo : …", "Photo : … © …".
const RELEASE_PHOTO_CREDIT_RE = /^(?:[Cc]rédits? photos?|[Pp]hotos?)\s?:\s?(?:©|.{1,200}©)/u;
// A ministry's release titled by what it reports: "Communiqué de presse sur la rencontre …", "Rencontre du Ministre …".
// ("Entretien avec le vice-Premier ministre …" is an interview's standfirst.)
const RELEASE_TITLE_RE = /^(?:communiqué(?: de presse)? (?:sur|relatif|concernant)|rencontre|entretiens? (?:du|de la|de l['’]|entre)|visite|réunion|consultations|conversation téléphonique|participation|message)\s/iu;
// A sitting's opening: "La séance est ouverte.", "(La séance est ouverte à neuf heures.)".
const SITTING_OPENED_RE = /^\(?(?:la )?(?:séance|réunion) est ouverte\b/iu;
// The longest title read as a headline when the head has no other, as a ministry writes one (see the head's rules).
const LONG_TITLE_MAX = 250;
// A ministry's long title told again by its first paragraph: its words of four letters or more, and the share of them
// the paragraph repeats.
const TOLD_TITLE_WORDS = 8;
const TOLD_TITLE_SHARE = 0.75;
// The site's menu items, one a line, between its name and that title.
const TOLD_MENU_ITEMS = 3;
// The longest official title read as a headline (the decree above is 290 characters).
const OFFICIAL_TITLE_MAX = 500;
// A note's call ending a headline: "… signé à Paris le 29 novembre 2022 (1)".
// The label over an embedded video, whose title it stands on: "À voir en vidéo".
const VIDEO_LABEL_RE = /^(?:à )?voir (?:aussi |également )?en vidéo$/iu;
// A video's title behind its label: "Vidéo : la bande-annonce d'Aqsu".
const VIDEO_REPORTERS_RE = new RegExp(String.raw`^[Rr]eportage d(?:e |['’])${NAMES}$`, "u");
const VIDEO_TITLE_LABEL_RE = /^[Vv]idéo\s?:\s?(?:la |le |les |l['’]|notre |nos )\S.{2,100}$/u;
const TITLE_NOTE_CALL_RE = /\s?(?:\(\d{1,2}\)|\[\d{1,2}\])$/u;
// A note at the end of the text or of a printed page, its number in brackets or raised as the text calls it: "(1) Le
// présent accord est entré en vigueur…", "¹ Association de la Route internationale…, février 2024.".
// Or in square brackets: "[1] Communiqué du ministère …", called "[1]" in the text.
const END_NOTE_RE = /^(?:\((\d{1,2})\)|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})|\[(\d{1,2})\])\s+\S/u;
// A raised note number glued to the word or the stop it follows: "sur un an¹.", "tonnes par an².".
const RAISED_CALL_RE = /[\p{L}\d.,;:»”)]([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})/gu;
/** "¹²" → "12". */
const lowered = (raised: string) => [...raised].map((c) => String("⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c))).join("");
// A line of sources: "Sources : …" (a photo's "Source : AFP" is its credit).
const SOURCES_LINE_RE = /^[Ss]ources\s*:\s*\S.{20,}/u;
const MORE_SOURCES_RE = /^[Ss]ources (?:additionnelles|complémentaires)\s[•·]\s\p{Lu}[^•·]{1,160}$/u;
// A speaker's label in a transcript: "M. le président.", "Mme Anne Dupuis, rapporteure de la commission…".
const SPEAKER_LABEL_RE = new RegExp(String.raw`^(?:M\.|Mme|Mlle|MM\.) (?:le président|la présidente|le ministre|la ministre|${PERSON_NAME})(?:,\s(?![^.!?]*\b(?:qui|que|dont|a|ont|est|sont|était|avait)\b)[^.!?]{1,160})?\.$`, "u");
// Or as Canada's Commons name them, with their riding and party before a colon: "M. Pierre Lavallée (Beauce—Appalaches,
// PCC):", "L'hon. Anita Leclerc (secrétaire parlementaire de la ministre des Affaires étrangères, Lib.):".
const MEMBER_LABEL_RE = new RegExp(String.raw`^(?:M\.|Mme|L['’]hon\.|L['’]honorable|Le très hon\.)\s${PERSON_NAME}\s\([^()]{2,120}(?:,\s|\s[-–—]\s)[^()]{1,30}\)\s?:$`, "u");
// An item of a list copied without its bullets is a clause, not a paragraph.
const LOWER_ITEM_MAX = 300;
// A speech's salutation, ending with "!" or ",": "Chers collègues !", "Mesdames et Messieurs,", "Excellences,".
const SALUTATION_RE = /^(?:Chers?|Chères?|Mesdames|Messieurs|Monsieur|Madame|Mademoiselle|Excellences?|Mes chers|Mes chères|Honorables?)\s?[^,:;!?]{0,120}[!,]$/u;
// The author of a parliament's question: "Question écrite n° 09045 de Mme Claire Vauthier (…)", "Question n° 56-0417 de
// M. Thibault Lemaire (MR) du 14/03/2025 …".
const QUESTION_AUTHOR_RE = /^Question(?: (?:écrite|orale|d['’]actualité)(?: n°\s?[\d-]+)?| n°\s?[\d-]+) de (?:M\.|Mme|MM\.|Mmes)\s\p{Lu}/u;
// A day in figures or in words, then other calendars (a year in each) or a few section names behind a middle dot.
const DAY_THEN_RE = /^((?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s)?\d{1,2}(?:er)?(?:[./]\d{1,2}[./]|\s\p{Ll}+\.?\s)\d{4})\s·\s(?:[^·]{2,30}\d{4}[^·]{0,12}(?:\s·\s[^·]{2,30}\d{4}[^·]{0,12}){0,2}|\p{Lu}\p{Ll}+(?:[ -]\p{Ll}+)?(?:,\s\p{Lu}\p{Ll}+(?:[ -]\p{Ll}+)?){0,3})$/u;
// The page's lines it is looked for in (not its first ones: see shapeOf).
const DAY_THEN_FIRST_LINE = 3;
const DAY_THEN_LAST_LINE = 30;
// A note's day of writing: "Document achevé de rédiger le 28 janvier 2025.".
// A post's section, then its day: "Publié dans Vie de l'établissement le 24/03/2025".
// (Not a paper's name, "Publié dans Le Progrès le 18 octobre 2024": a press quote's source.)
const POSTED_IN_ON_RE = /^(?:[Pp]ublié|[Pp]ubliée|[Pp]osté|[Pp]ostée|[Cc]lassé|[Cc]lassée) dans\s(?!(?:[Ll]es?|[Ll]a|[Ll]['’])\s?\p{Lu})[^.!?]{2,80}?\s(?:le|du)\s(?:\d|\p{L}+\s\d)[^.!?]{0,40}$/u;
const DRAFTED_ON_RE = /^(?:(?:document|note|texte|analyse|étude|commentaire) )?achevée? de rédiger le \d{1,2}(?:er)? \p{L}+ \d{4}\.?$/iu;
// Where an official text was published, and when: "publiée dans le JO Sénat du 16/11/2023 - page 6812".
const FILED_RE = /^[Rr]apport d['’]information\b[^,]{0,80},\s(?:déposée?|publiée?|enregistrée?)\s(?:le\s)?\d{1,2}(?:er)?\s\p{L}+\s\d{4}$/u;
const FILED_LAST_LINE = 10;
// A federal site's languages in capitals, one space apart, French among them: "FR NL DE EN", "DE FR IT EN".
const LANGUAGE_CODES_RE = /^(?=.*\bFR\b)(?:FR|NL|DE|EN|IT|RM|ES|RU|KZ|AR|ZH|PT|LB)(?: (?:FR|NL|DE|EN|IT|RM|ES|RU|KZ|AR|ZH|PT|LB)){1,6}$/u;
// A republic's motto under its name: "Un Peuple – Un But – Une Foi", "Unité – Travail – Progrès", "Liberté, Égalité,
// Fraternité".
const MOTTO_WORD = "(?:Unité|Union|Travail|Paix|Fraternité|Justice|Honneur|Liberté|Discipline|Solidarité|Progrès|Patrie|Dignité)";
const AGE_GATE_RE = /^(?:🔞\s?)?(?:ce )?site (?:est )?réservé aux (?:personnes )?majeur(?:e|s|es)\s?[.!]\s(?:vous avez|avez-vous) (?:plus de |au moins )?18 ans\s?\?\s?oui\s?\/\s?non$/iu;
const STATE_MOTTO_RE = new RegExp(String.raw`^(?:Un Peuple\s?[–—-]\s?Un But\s?[–—-]\s?Une Foi|${MOTTO_WORD}(?:\s?[–—-]\s?${MOTTO_WORD}){2}|Liberté, Égalité, Fraternité)$`, "u");
// A post's time, short, as a network prints it under its author's handle: "7 oct.", "7 oct. 2024", "2 h", "il y a 3 j".
const POST_TIME_RE = /^(?:\d{1,2}(?:er)? (?:janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.?(?: \d{4})?|\d{1,2}\s?(?:h|min|j)|il y a \d{1,2}\s?(?:h|min|j|heures?|minutes?|jours?))$/iu;
// A thesis's supervisor, credited: "Sous la direction de M. Jean-Marc DUCLOS, professeur des universités".
const SUPERVISOR_RE = /^[Ss]ous la (?:direction|codirection) de (?:M\.|Mme|MM\.|Mmes|Pr\.?|[Pp]rofesseure?)\s\p{Lu}[^.!?«»]{2,100}$/u;
// An interface's own lines, read where the interface stands, not where a text shows it after a colon (see
// interfaceLines): a browser's translation bar over the page, "Cette page a été traduite de l'anglais vers le français
// par Microsoft Translator.", "Traduit de : russe", "Afficher l'original", "Toujours traduire l'anglais", "Ne jamais
// traduire ce site", "Google Traduction";
const TRANSLATION_BAR_RE = /^(?:cette page a été traduite (?:de l['’]|du |de la )?[\p{L}-]+ (?:vers|en) (?:le )?français(?: par (?:google|microsoft|deepl|le navigateur)[\p{L} ]{0,20})?\.?|traduit (?:de|depuis) ?: [\p{L}-]+(?: \(détecté\))?|afficher (?:l['’]original|la page originale|le texte original)|toujours traduire (?:l['’]|le |la )?[\p{L}-]+|ne jamais traduire (?:ce site|l['’][\p{L}-]+|le [\p{L}-]+)|google traduction|microsoft translator)$/iu;
// a network's login form and profile link, a members' area's login, over the page: "Adresse e-mail ou numéro de tél",
// "Mot de passe oublié ?", "Voir le profil de Bertrand Fournel", "Espace membres – Se connecter";
const LOGIN_FORM_RE = /^(?:adresse e-?mail ou (?:numéro de )?(?:tél(?:éphone)?\.?|mobile)|(?:e-?mail|téléphone|nom d['’]utilisateur) ou (?:adresse e-?mail|numéro de (?:tél(?:éphone)?|mobile)|nom d['’]utilisateur)|mot de passe(?: oublié\s?\?)?|voir le profil (?:complet )?de \p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,3})$/iu;
const MEMBERS_LOGIN_RE = /^espace (?:membres?|adhérents?|abonnés?|clients?|partenaires?)\s?[–—|·-]\s?(?:se connecter|connexion|s['’]identifier)$/iu;
// a feed reader's tools and a feed item's fields, on a reader's page: "★ Ajouter aux favoris", "+ Ajouter un flux",
// "guid : https://…/?p=18422", "Lien : https://…", the feed's own line "RSS 2.0 · fr-FR · Dernière mise à jour du
// flux : …";
const FEED_READER_RE = /^(?:[★☆]\s?ajouter aux favoris|\+\s?ajouter un flux|(?:guid|lien|link)\s?:\s?https?:\/\/\S+|rss \d\.\d{1,2}(?:\s[·|]\s.{1,100})?)$/iu;
// an e-reader's notebook around the highlights it exports, from its first line on: "Exportation du carnet de notes
// Kindle", "Surlignement (jaune) | Emplacement 14", "8 surlignements | 3 notes", "Dernière synchronisation : …";
const NOTEBOOK_RE = /^(?:exportation du carnet de notes(?: kindle)?|ce document a été généré à partir de vos notes et surlignements\.?|(?:surlignement|highlight)(?:\s?\((?:jaune|bleu|rose|orange|yellow|blue|pink)\))?\s?[|·-]\s?(?:emplacement|location|page)\s\d+|\d+ surlignements?\s?[|·]\s?\d+ notes?|dernière synchronisation\s?:\s?.{4,30}|document personnel envoyé vers kindle(?:\s?[·|]\s?\S+)?|citation gratuite\s?:\s?les limites de copie de l['’]éditeur peuvent s['’]appliquer\.?)$/iu;
// a post's count of quotations and who may reply: "6 citations", "Tout le monde peut répondre";
const REPLY_SETTING_RE = /^(?:\d[\d\s\u00a0\u202f,.]*[kK]?\s+citations?|(?:tout le monde|personne|vos abonnés|les personnes mentionnées) peu(?:t|vent) répondre)$/iu;
// a UN document's agenda item in its head and its processing number: "Point 3 de l'ordre du jour", "GE.25-05817 (F)
// 290425".
const UN_AGENDA_ITEM_RE = /^[Pp]oints? \d{1,3}(?: [a-z])?(?: et \d{1,3})? de l['’]ordre du jour(?: provisoire)?$/u;
const UN_HEAD_LAST_LINE = 20;
const UN_JOB_NUMBER_RE = /^GE\.\d{2}-\d{4,6}\s?\([A-Z]\)(?:\s+(?:\*\d{7}\*|\d{6})){0,3}$/u;
const JOURNAL_STAMP_RE = /^(?:publiée?|parue?) (?:dans|au) (?:le )?(?:JO|J\.O\.|Journal officiel)\b.{0,60}\bdu\s+\d/u;
// A town's name and a full stop before a headline's words: "Pierrelatte. ", "Saint-Paul-Trois-Châteaux. "; a press
// digest's country seen from: "Vu du Kazakhstan. ".
const PLACE_KICKER_RE = /^(?:Vu (?:de |du |des |d['’]))?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}\.\s+(?=\p{Lu}\S*(?:\s\S+){2})/u;
const QUESTION_HEADING_MAX = 120;
// A dictionary's entry with its grammatical label: "Diplomatie multivectorielle (n. f.)", "Multilatéral (adj.)".
const GRAMMAR_LABEL_RE = /^(\S.{1,60}?)\s\((?:n|nom|adj|v|loc|adv|sigle|abrév)\.(?:\s?(?:m|f|pl|inv)\.){0,2}\)$/u;
// A quotation and nothing else on its line: "« Le Kazakhstan n’a jamais été aussi courtisé, et il le sait »".
const WHOLE_QUOTE_RE = /^[«“"][^«»“”"]{10,200}[»”"]$/u;
// A headline asking its question, then saying its subject: "Almaty, « terrain neutre » ? La médiation kazakhstanaise
// entre Bakou et Erevan".
const QUESTION_THEN_SUBJECT_RE = /^[^.!?]{3,70}\s?\?\s+\p{Lu}[^.!?]{3,90}$/u;
// A chapeau printed before the headline is one sentence; a longer first paragraph is the article's own start.
const CHAPEAU_MAX_CHARS = 400;
// Teaser summaries are short; a paragraph this long is the article's own text again.
const TEASER_SUMMARY_MAX = 400;
const LONG_PARAGRAPH = 120;
// A forwarder's note above a forwarded e-mail is a line or two, each short; more before the header is the article's.
const EMAIL_NOTE_LINES = 2;
const EMAIL_NOTE_MAX = 120;
// An association's name, its legal form and its address: "Club Alpin …, association loi 1901 affiliée à la FFCAM. 120
// chemin des Sources, 38920 Crolles.".
// People named as a note's contacts, each with a role: "Contacts : Sophie Leclerc, associée, … – Karim Benali, …".
const CONTACT_AUTHORS_RE = new RegExp(String.raw`^[Cc]ontacts?\s?:\s?${PERSON_NAME},\s[^–—|:]{2,80}(?:\s[–—|]\s${PERSON_NAME},\s[^–—|:]{2,80})*$`, "u");
// A street's number and name: "2, place du Palais", "3, allée des Platanes".
const STREET_PART_RE = /^\d{1,4}(?:\s?(?:bis|ter))?,?\s(?:rue|avenue|av\.|boulevard|bd|place|quai|allée|chemin|impasse|cours|route|square|passage)\s\S/iu;
// An association's legal form and its street, town and postal code: "association loi 1901 …. 120 chemin des Sources,
// 38920 Crolles.".
const ASSOCIATION_1901 = String.raw`association (?:régie par la )?loi (?:de )?1901\b[^.!?]{0,100}\.`;
const ASSOCIATION_ADDRESS = String.raw`\s\d{1,4},?\s[^.!?]{2,60}\d{5}\s\p{Lu}[^.!?]{0,40}\.?`;
const ASSOCIATION_DETAILS_RE = new RegExp(String.raw`^([^.!?,]{2,80}),\s(?:une |l['’])?${ASSOCIATION_1901}(?:${ASSOCIATION_ADDRESS})?$`, "u");
// The same said in a sentence, with its address: "Sillons du Monde est une association loi 1901 reconnue d'utilité
// publique. 12 quai des Semis, 69002 Lyon." (without it, "Steppe & Loire est une association loi 1901 fondée à Nantes
// …" opens a page's "Qui sommes-nous ?").
const ASSOCIATION_IS_RE = new RegExp(String.raw`^([^.!?,]{2,80}) est une ${ASSOCIATION_1901}${ASSOCIATION_ADDRESS}$`, "u");
// A playlist's count of tracks and its length: "24 titres · 1 h 18 min".
const TRACKS_COUNT_RE = /^\d{1,3} titres?\s·\s(?:\d{1,2}\s?h\s?)?\d{1,2}\s?min$/iu;
// A contact's e-mail address and telephone: "Contact : international@bfc.chambagri.fr – 03 81 65 52 52".
const CONTACT_PHONE_RE = /^contacts?\s?:\s?[\p{L}\d._-]+@[\p{L}\d-]+\.[\p{L}.]{2,}\s[–—|-]\s(?:\+\s?)?\d[\d .]{7,18}\d$/iu;
// A club's label over its next outings, and an outing: "Samedi 6 septembre — Traversée des Aiguilles d'Arves (AD)".
const NEXT_OUTINGS_RE = /^(?:nos |les )?prochaines (?:sorties|activités)\s*:?$/iu;
const OUTING_RE = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s\d{1,2}(?:er)?\s\p{L}+\s[—–-]\s.{3,160}$/iu;
// A council's register of deliberations heading an extract, and the label of a deliberation's object, at most this
// many lines under it: "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL" / … / "OBJET : …".
const REGISTER_LABEL_RE = /^extrait du (?:registre|procès-verbal) des délibérations\b/iu;
const OBJECT_LABEL_RE = /^objet\s?:\s?/iu;
const REGISTER_HEADER_LINES = 20;
// The site's summary of a deliberation among the register's lines, kept: "Résumé : le conseil a approuvé …".
const SUMMARY_LABEL_RE = /^(?:résumé|en bref|synthèse)\s?:\s?\S/iu;
// A sitting's formalities in a register: its day, its roll call, its counts, its secretary, the deliberation's number.
const REGISTER_FORMALITY_RE = /^(?:l['’]an deux mille|séance du|nombre de (?:conseillers|membres)|membres en exercice|présents?\s?:|absents?\b|excusés?\b|représentés?\s?:|pouvoirs?\s?:|votants?\s?:|secrétaire de séance|date de (?:la )?convocation|délibération n°|(?:sous la )?présidence (?:de|:))/iu;
// A dossier's or a series' label: "Dossier : le Kazakhstan, pivot de l'Eurasie", "Série : …".
const DOSSIER_LABEL_RE = /^(?:dossier|série|feuilleton|grand format|spécial)\b[^:]{0,30}:/iu;
// An agency and its photographer in brackets: "(Xinhua/Wang Sihan)" (see classifyLines).
const BRACKETED_PHOTO_CREDIT_RE = /^\(\p{Lu}[\p{L}.-]{1,20}\s?\/\s?\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3}\)$/u;
// A letter's contents item's mark, a bullet or a number: "• PAC 2026 : …", "2. Accord avec la Mauritanie …".
const CONTENTS_ITEM_MARK_RE = /^(?:([•·▪►*–—-])|\d{1,2}[.)])\s*/u;
// An embassy's other accreditations, with no sentence's stop, right under its name (see shapeOf).
const ACCREDITATION_LAST_LINE = 3;
const ACCREDITATION_RE = /^(?:également |aussi )?accréditée? (?:auprès|pour)\s(?:de la|du|des|de l['’]|de)\s[^.!?]{5,300}$/iu;
// A day and its month shortened, alone: a comment's "10 nov.".
const SHORT_DAY_ALONE_RE = /^\d{1,2}\s(?:janv|févr|fév|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.?$/iu;
// A stamp of the last update alone: "Mis à jour le 10/10/2025" (not "Publié le … Mis à jour le …").
const UPDATE_ONLY_RE = /^(?:mis|mise|dernière mise) à jour\b(?![^]*\bpubli)/iu;
// A Spanish-speaking site's stamp: "Fecha de publicación: 27 mayo 2025 17:05".
const SPANISH_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
const SPANISH_STAMP_RE = new RegExp(String.raw`^fecha de (publicación|actualización)\s?:\s?(\d{1,2}) (?:de )?(${SPANISH_MONTHS.join("|")})(?: de)? (\d{4})(?:,?\s\d{1,2}:\d{2})?$`, "iu");
// A short video's author and day under the account's handle, the day unpadded: "Géopolitik en 60s · 2023-11-2".
const VIDEO_AUTHOR_DAY_RE = /^\S.{0,60}?\s·\s((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})$/u;
// An account's handle alone, without its @, a dot or an underscore in it: "geopolitik.en.60s", "aruzhan_ksz".
const BARE_HANDLE_RE = /^(?=[\p{Ll}\d._]*[._])[\p{Ll}\d][\p{Ll}\d._]{2,30}$/u;
// Paragraphs of text under a count of comments in the page's head (see the teaser blocks).
const HEAD_COUNTER_TEXT_MIN = 3;
// The page's own address is pasted over it, on its first lines.
const PAGE_ADDRESS_HEAD_LINES = 3;
// The Canadian programme paying a local reporter, signing the text with the outlet: "Initiative de journalisme local –
// L’Horizon du Nord".
const LOCAL_JOURNALISM_RE = /^initiative de journalisme local(?:\s?[–—-]\s?[^.!?]{2,60})?$/iu;
// The site's logo in words, one word in small letters and its full stop, on the page's first lines: "euronews.".
const LOGO_WORD_RE = /^\p{Ll}[\p{Ll}\d&'’-]{2,30}\.$/u;
const LOGO_WORD_LAST_LINE = 3;
// An answer's author, profile and time on a questions site (see shapeOf).
const ANSWER_BYLINE_RE = /^\p{Lu}[\p{L}'’.-]*(?:\s[\p{L}'’.-]+){0,3}(?:\s·\s[^·]{2,80})?\s·\s(?:[Rr]épondu|[Mm]is à jour)\s(?:le\s\d{1,2}(?:er)?\s\p{L}{3,9}\.?(?:\s\d{4})?(?:\sà\s\d{1,2}\s?[h:]\s?\d{2})?|il y a\s(?:\d{1,3}|une?)\s\p{L}{1,8})$/u;
// A programme's tagline, what it is and how often: "Le magazine de l'actualité de …, un lundi sur deux".
const PROGRAMME_TAGLINE_RE = /^(?:le |la |l['’])(?:magazine|émission|rendez-vous|podcast|chronique)\s(?:de|d['’]|des|du|qui|consacrée?)\s[^.!?]{5,140}$/iu;
// A tagline is longer than a section's title: "Le rendez-vous des exportateurs" heads a newsletter's item.
const PROGRAMME_TAGLINE_WORDS = 8;
// An episode's title with its number: "Épisode 37 – Almaty, …", "Ép. 12 : …".
const EPISODE_TITLE_RE = /^(?:épisode|ép\.)\s?\d{1,4}\s?[–—:-]\s?\S/iu;
// A programme's broadcast stamp, maybe with its length: "Diffusé le lundi 13 mai 2024 à 18h30 | Durée : 52 min".
const BROADCAST_STAMP_RE = /^(?:diffusée?|rediffusée?)\s(le\s[^|·]{6,60}?)(?:\s?[|·–—]\s?durée\s?:?\s?(?:\d{1,2}\s?h\s?)?\d{1,3}\s?min(?:utes|\.)?)?$/iu;
// An author and their institution in brackets: "Julien Morvan (Sciences Po Bordeaux, Centre Émile-Durkheim)".
const BRACKETED_AFFILIATION_RE = /^([^()]{3,60}?)\s\((?=[^()]*(?<!\p{L})(?:université|universität|university|institut|institute|sciences po|centre|école|cnrs|inalco|ehess|laboratoire|académie|fondation|iris|ifri))[^()]{3,100}\)$/iu;
// An item of a committee's agenda: "Audition de Mme …", "Examen du rapport …", "Projet de loi autorisant …".
const AGENDA_ITEM_RE = /^(?:audition|examen|communication|table ronde|nomination|désignation|proposition de (?:loi|résolution)|projet de loi|présentation|échange de vues|questions diverses)(?!\p{L})/iu;
// A parliament's record's kind (see shapeOf).
// Canada's, with its issue: "Débats de la Chambre des communes" / "Hansard révisé • Numéro 048".
const RECORD_KIND_RE = /^(?:compte rendu (?:in extenso|intégral|analytique)(?: officiel)?(?: des débats)?|procès-verbal de la séance|débats (?:de la chambre des communes|du sénat)|hansard(?: révisé| non révisé)?(?:\s?[•·|–-]\s?(?:numéro|n°)\s?\d{1,4})?)$/iu;
// The state's other sites in a row, apart by spaces: "legifrance.gouv.fr   service-public.fr   info.gouv.fr".
const DOMAIN_ROW_RE = /^(?:[a-z\d-]+(?:\.[a-z\d-]+)*\.(?:fr|com|org|net|eu|kz|ch|be)\s{2,}){2,}[a-z\d-]+(?:\.[a-z\d-]+)*\.(?:fr|com|org|net|eu|kz|ch|be)$/u;
// A scraper's time field (see shapeOf) and the first lines it heads.
const SCRAPER_TIME_FIELD_RE = /^(?:scraped_at|fetched_at|crawled_at|retrieved_at|scrape_date|date_scraped)\s?:\s?\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2}|\s?UTC)?)?$/iu;
const SCRAPER_FIELDS_LAST_LINE = 5;
// An event's page in an address's path: "/agenda/", "/evenements/", "/events/", "/programme/".
const EVENT_ADDRESS_RE = /\/(?:agenda|[ée]v[ée]nements?|events?|programme|billetterie)\//iu;
// A paragraph of this many words tells the text: a record's label under it is the text's, a count of comments under
// two of them the readers', a box of key words over one of them the text's.
const TOLD_PARAGRAPH_WORDS = 12;
// A record's label over its title: "Titre du sujet", "Titre de la notice :".
const TITLE_FIELD_LABEL_RE = /^titre (?:du sujet|de la notice|du reportage|de l['’]article|du document)\s?:?$/iu;
// A CMS's stamp in English (see shapeOf).
// (Or shortened, its time after a dash: "Fri 21 Mar, 2025 - 10:42 AM ET".)
const ENGLISH_WEEKDAY_STAMP_RE = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun),?\s(\d{1,2})\s(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s(\d{4})(?:(?:,?\s|\s[-–]\s)\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]m)?(?:\s[a-z]{2,5})?)?$/iu;
// A day in figures alone on its line: "04/12/2025".
const FIGURES_DAY_ALONE_RE = /^\d{1,2}[./]\d{1,2}[./]\d{4}$/u;
// A weekday alone on its line: a programme's day.
const WEEKDAY_ALONE_RE = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)$/iu;
// A stamp naming only the weekday, as a weekly's site gives it for its week's articles, under its headline: "Mis en
// ligne mercredi", "Publié mardi à 18 h 05" (further down, a programme's or a text's intertitle).
const WEEKDAY_STAMP_RE = /^(?:publié|publiée|mis en ligne|mise en ligne|mis à jour|mise à jour|actualisé|actualisée)(?: le)? (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:,? à \d{1,2}\s?[h:]\s?\d{0,2})?$/iu;
// A player's button in words.
const PLAY_BUTTON_RE = /^(?:lecture|lire|play|▶)$/iu;
// A share tool's label before the page's own address.
const SHARED_LINK_LABEL_RE = /^(?:copier le lien|lien de partage)\s?:/iu;
// A share bar ending on the share tool's copy of the page's link: "Partager  Facebook  X  Copier le lien : https://…".
const SHARE_BAR_LINK_RE = /^(?:partager|partagez)(?!\p{L})[^:]{0,80}?\s(copier le lien\s?:\s?https?:\/\/\S+)$/iu;
// A scraper's label before the page's address on the first line.
const SCRAPED_ADDRESS_LABEL_RE = /^(?:source|url)\s?:\s?(?=https?:\/\/)/iu;
// A video's chapter, its time then its title: "27:30 Conclusion", "1:02:10 Questions du public".
const VIDEO_CHAPTER_RE = /^\d{1,2}:\d{2}(?::\d{2})?\s+\p{L}/u;
// A player's time alone on its line ("01:47", "00:00"), its label ("Vidéo", "Audio") and its button with the length,
// "Écouter (3 min)" (alone, a lesson's step may say so: see classifyLines).
const BARE_TIME_RE = /^\d{1,2}:\d{2}(?::\d{2})?$/u;
const PLAYER_LABEL_RE = /^(?:vidéo|audio|podcast)$/iu;
const LISTEN_LENGTH_RE = /^(?:écouter|regarder)\s?\(\d{1,3}\s?min(?:\s?\d{1,2}\s?s)?\)$/iu;
// Its state, in its run of lines: "Lecture en cours" (alone, a bill's reading in a parliament).
const PLAYER_STATE_RE = /^(?:lecture en cours|en cours de lecture)$/iu;
// A row with a leader and a figure, a table's or a contents' ("Grande entreprise ........ 2 400"): the figure.
const LEADER_ROW_RE = /^\S.{0,120}?(?:\.{4,}|…{2,}|(?:\. ){4,})\s*(\d{1,3}(?:[\s\u00a0\u202f]\d{3})*|\d{1,6})$/u;
// The first label of a platform's fields after the text (see classifyLines), the longest of their lines, the fewest.
const FIELDS_LABEL_RE = /^(?:catégories|mots-clés|étiquettes|tags)\s*:?$/iu;
const FIELD_MAX = 100;
const PLATFORM_FIELD_RE = /^(?:lieux?|dates?|date\(s\)|contacts?|contact\(s\)|source de l['’]information|mots-clés|fichiers? attachés?|urls? de référence|sous-titre)\s*:?$/iu;
const FIELDS_MIN = 4;
// A badge in capitals, a few words: "PREMIÈRE FRANÇAISE", "EXCLUSIF".
const BADGE_RE = /^(?=[^\p{Ll}]*$)\p{Lu}[\p{Lu}'’ -]{2,30}$/u;
// A short list of readings' label (see BIBLIOGRAPHY_MARKER_RE).
const SHORT_BIBLIOGRAPHY_RE = /^(?:bibliographie (?:indicative|sélective|sommaire)|éléments de bibliographie)/iu;
// A date written as a bound: "jusqu'au 30 septembre 2025", "avant le 1er mars" (the leads of the date grammar's
// evidence: date.ts's BACKGROUND_LEAD_RE, and "après").
const BOUND_EVIDENCE_RE = /^(?:jusqu|avant|après|depuis|dès)/iu;
// What a banner announces for a day: "… début des cours le ", "Date limite d'inscription : ", "Inscriptions ouvertes
// jusqu'au ".
const STARTS_ON_RE = /(?:(?:début|ouverture|clôture|reprise|rentrée|lancement)\s(?:des|du|de la|de l['’])\s?[\p{L}-]+(?:\s[\p{L}-]+)?\s(?:le\s|dès le\s)?|date limite[^:]{0,30}:\s?)$/iu;
// "Suivez la FFLDA": follow an organisation by its acronym.
const FOLLOW_ACRONYM_RE = /^[Ss]uivez (?:la |le |l['’]|les )\p{Lu}[\p{Lu}\d&-]{2,12}$/u;
// The label of a table of contents.
const CONTENTS_LABEL_RE = /^(?:sommaire|table des matières|au sommaire)\s*:?$/iu;
// A day with dashes and a time to the second: "03-04-2025 09:40:51".
const SECONDS_STAMP_RE = /^\d{1,2}-\d{1,2}-\d{4}\s\d{1,2}:\d{2}:\d{2}$/u;
// A chat exporter's header line: "Guild: …", "Channel: …", "Topic: …".
const EXPORTER_HEADER_RE = /^(?:guild|channel|topic)\s?:\s\S.{1,200}$/iu;
// The lines under a headline where its "Publié le …" stands.
const PUBLISHED_UNDER_LINES = 6;
// The fewest lines of text of a letter's article before its other items (see classifyLines).
const LETTER_ITEM_TEXT_MIN = 4;
// A mail client's mark over a forwarded message, among the page's first lines.
const FORWARD_MARK_RE = /^-{3,}\s*(?:forwarded message|message transféré|message d['’]origine|original message|message original)\s*-{3,}$|^début du message (?:réexpédié|transféré)\s*:$/iu;
const FORWARD_MARK_LAST = 30;
// An application's mark that it shared the article by e-mail: "Transféré depuis l'application InfoContinu", "Partagé
// depuis l'appli …", "Envoyé depuis l'application …".
// Its link to the article: "Lire l'article sur le site : https://…" (a press review's "Lire l'article sur Kazinform :
// https://…" gives a summary's source).
const SHARED_ARTICLE_LINK_RE = /^lire (?:l['’]article|la suite|cet article) sur (?:le site|notre site)\s?:\s?https?:\/\/\S+$/iu;
const SHARED_FROM_APP_RE = /^(?:transféré|partagé|envoyé)e? (?:depuis|via|avec) l['’]appli(?:cation)?\s\S[^.!?]{0,40}\.?$/iu;
// An e-mail's address in angle brackets, "Marc Delorme <marc.delorme@gmail.com>", and a forward's subject, "Fwd: …".
const MAIL_ADDRESS_RE = /<[^<>@\s]+@[^<>@\s]+\.[a-z]{2,}>/iu;
const FORWARD_SUBJECT_RE = /^(?:fwd?|tr|transf)\s?:\s?\S/iu;
// The rule Outlook draws over a forwarded or quoted message.
const OUTLOOK_RULE_RE = /^_{20,}$/u;
// An e-mail's signature under "--": a few short lines ("Jean-Pierre Lhomme" / "Envoyé de mon iPhone").
const SIGNATURE_LINES_MAX = 4;
const SIGNATURE_LINE_MAX = 80;
// A short signature under a note: "JP", "Marc", "Bises, Marc", "— Claire".
const NOTE_SIGN_OFF_RE = /^(?:[—–-]\s?)?(?:(?:bises|amitiés|cordialement|bien à (?:toi|vous)|à\+|merci),?\s)?\p{Lu}[\p{L}.'’-]{0,15}(?:\s\p{Lu}[\p{L}.'’-]{0,15})?\.?$/u;
// An article may head two sections with a question; three or more questions are an interview's, when one of them speaks
// to the interviewee ("vous") or follows up ("Et la Chine ?", see FOLLOW_UP_RE): an explainer heads its sections with
// questions too.
const INTERVIEW_MIN_QUESTIONS = 3;
/** A question put to someone: "Comment définiriez-vous…", "votre pays", "Q : …", "Thomas Vernier : Qui paie ?". */
const ASKED_RE = /(?<!\p{L})(?:vous|votre|vos)(?!\p{L})/iu;
/**
 * A follow-up question, "Et la Chine ?": two make an interview when an answer speaks in the first person or the
 * standfirst names the expert answering, or one when half the answers do or the headline gives someone's words (an
 * explainer may close on "Et la Russie dans tout ça ?", or ask "Et les opposants ?" / "Et maintenant ?" over answers in
 * the third person).
 */
const FOLLOW_UP_RE = /^(?:[—–-]\s*)?Et\s/u;
/**
 * An expert named with their trade, before or after the name: "le politologue Nurlan Baïmagambetov", "Gulnara Dossova,
 * professeure de science politique".
 */
const EXPERT_TRADE = String.raw`(?:politologue|chercheu(?:r|se)|spécialiste|experte?|économiste|historienne?|analyste|sociologue|géographe|professeure?|universitaire|diplomate|ancien(?:ne)? ambassad(?:eur|rice))`;
const EXPERT_NAMED_RE = new RegExp(String.raw`(?<!\p{L})${EXPERT_TRADE}\s(?:[^.,;]{0,60}\s)?\p{Lu}[\p{L}'’-]+\s\p{Lu}[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+\s\p{Lu}[\p{L}'’-]+,\s${EXPERT_TRADE}(?!\p{L})`, "u");
const FIRST_PERSON_RE = /(?<!\p{L})(?:je|j['’]|nous|notre|nos|mon|ma|mes|moi)(?!\p{L})/iu;
const SPEAKER_RE = new RegExp(String.raw`^(?:[—–-]\s*)?(?:Q|Question|${PERSON_NAME})\s?:\s`, "u");
/**
 * The outlet asking, in capitals, its guest answering on the next line: "RTS: Pourquoi…?" / "Pascal Meier: Parce que…".
 */
const OUTLET_SPEAKER_RE = /^\p{Lu}{2,6}\s?:\s/u;
/**
 * A page that says it is an interview: "Propos recueillis par", "Entretien réalisé par", "ENTRETIEN", "Cet entretien a
 * été relu".
 */
const INTERVIEW_LABEL_RE = /^(?:propos recueillis par|entretien réalisé par|interview réalisée par|(?:cet entretien|cette interview) a été (?:édité|éditée|relu|relue|réalisé|réalisée|condensé|condensée|traduit|traduite)\b)/iu;
/** The same in the page's head, where "Entretien" alone or "Entretien avec …" labels the article (in its text,
 * "entretien" is most often talks between officials). */
const INTERVIEW_HEAD_LABEL_RE = /^(?:entretien|interview)(?:\s*$|\s*[:|›]|\s+(?:avec|exclusif|exclusive)\b)/iu;
/** Most words of a quotation standing alone that is read as an intertitle: "« Ni vassal ni pion »". */
const INTERTITLE_QUOTE_WORDS = 8;

type Shape = "blank" | "furniture" | "list-item" | "credit" | "caption" | "quote" | "heading" | "paragraph";

interface Work {
  src: TextLine;
  /** The year in the path of the page's address printed on this line ("…/monde/2025/article/…"). */
  addressYear?: number;
  /** The visible text that the line publishes (after any cut). */
  v: string;
  shape: Shape;
  kind?: LineKind;
  reason?: string;
  /** A teaser opener on its own line ("Voir aussi") or inline ("À lire aussi : …"). */
  teaser?: { words: string; standalone: boolean; consent?: boolean; comments?: boolean };
  counter?: boolean;
  /** A line of an e-mail's header ("Objet : …"): furniture when another header line stands next to it. */
  email?: boolean;
  /**
   * An author line (byline, name and affiliation, signature): published as a credit, but metadata to the head's rules.
   */
  byline?: boolean;
  /**
   * The day of a section's line ("Catégorie : International | 22 septembre 2019 | 1 248 vues"), kept next to the
   * headline only.
   */
  sectionDate?: boolean;
  metaDate?: LineDate;
  /** One or two words in lower case alone, read as a site's logo until the text begins. */
  logo?: boolean;
  /** A name with a day in a list of them (see NAME_THEN_DAY_RE): not a signature. */
  listedDay?: boolean;
  /** A day heading an entry of the text (a programme's, a chronology's): see readEntryDays. */
  entryDay?: boolean;
  /** A post's byline read without its tail (see BYLINE_TAIL_RE). */
  tailed?: boolean;
  /** A line read again with its tail: not the page's byline (see the stamps' pass). */
  untailed?: boolean;
  /** A row of a table set out with spaces (see markSpacedTables). */
  tableRow?: boolean;
  /** A credit naming someone who took part: a transcript's speaker, a signatory of an official text. */
  participant?: boolean;
  /** A social network's date stamp ("3 septembre 2023 ·"): the line above names the post's author. */
  postStamp?: boolean;
  /** The day of a CMS's stamp in English on this line (a date line when the page holds only one: see classifyLines). */
  englishStamp?: LineDate;
  cut?: ClassifiedLine["cut"];
}

/** Where the quotation opening `v` closes: the matching », ” or ", inner quotations skipped ("« … l'"esprit" … »"). */
function closingQuote(v: string): number {
  const open = v[0];
  const closer = open === "«" ? "»" : open === "“" ? "”" : '"';
  if (open === '"') return v.indexOf('"', 1);
  let depth = 0;
  for (let i = 0; i < v.length; i++) {
    if (v[i] === open) depth++;
    else if (v[i] === closer && --depth === 0) return i;
  }
  return -1;
}

/** The words of a line once the dates in it are set aside: "Revue de presse – 3 avril 2024" has three. */
function wordsBesideDates(v: string): number {
  let rest = v;
  for (const d of findDates(v)) rest = rest.replace(d.evidence, " ");
  return countWords(rest);
}

/** Text compared for repetition: case, accents, quotation marks and spacing set aside. */
function foldForRepeat(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[«»“”"’']/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

// Words that open a label, not a name: "Vues de Moscou", "Regard sur Astana".
const NOT_A_NAME_RE = /^(?:Vues?|Vu|Le|La|Les|L['’]|Un|Une|Au|Aux|En|À|Dans|Pour|Entre|Depuis|Après|Avant|Sous|Sur|Chez|Avec|Sans|Vers|Retour|Regards?|Point|Focus|Dossier|Analyse|Entretien|Tribune|Portrait)(?!\p{L})/u;

/** Words of a headline a web address's last part must share with it to be the page's own address. */
const ADDRESS_HEADLINE_WORDS = 3;

/** True when line `i` stands right beside the share bar: over it or under it. */
function besideShareBar(ws: Work[], i: number): boolean {
  return [prevText(ws, i), nextText(ws, i)].some((j) => /share prompt/u.test(ws[j]?.reason ?? ""));
}

/** The share tool's "Copier le lien : …" a share bar ends on, or the line itself. */
function sharedLinkOf(v: string): string {
  return SHARE_BAR_LINK_RE.exec(v)?.[1] ?? v;
}

/** True when line `i` is the share tool's copy of the page's link, alone beside the share bar. */
function isSharedLink(ws: Work[], i: number): boolean {
  return SHARED_LINK_LABEL_RE.test(ws[i].v) && besideShareBar(ws, i);
}

/** True when the last part of web address `url` names `headline`: three of its words of four letters or more. */
function addressNamesHeadline(url: string, headline: string, least = ADDRESS_HEADLINE_WORDS): boolean {
  const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/gu, "").toLowerCase();
  const slug = url.replace(/[?#].*$/u, "").replace(/\/+$/u, "").split("/").pop() ?? "";
  const words = new Set(fold(headline).split(/[^a-z0-9]+/u).filter((x) => x.length >= 4));
  const long = new Set(fold(slug).split(/[^a-z0-9]+/u).filter((x) => x.length >= 4));
  const named = [...long].filter((x) => words.has(x)).length;
  // (A short slug names it by all its long words, two at least: "47-kazakhstan-art-equilibre".)
  return named >= least || (named >= 2 && named === long.size);
}

/** True for a person's name alone on a line, at most four words: "Aïgerim Seitkali", "Claire MARTIN". */
function isPersonName(v: string): boolean {
  return SIGNATURE_RE.test(v) && v.split(/\s+/).length <= 4 && !NOT_A_NAME_RE.test(v);
}

/** Two authors' names or more under a headline: "Camille Poirot et Dinara Abenova", "A. Martin, B. Roy et C. Diaz". */
function isAuthorNames(v: string): boolean {
  // (Their team behind a dash: "Camille Roussel, Yerlan Abenov — équipe CTI".)
  const parts = namesIn(v.replace(AUTHORS_TEAM_RE, ""));
  return parts.length >= 2 && parts.length <= 4 && parts.every(isPersonName);
}

// A team behind the authors' names, after a dash: " — équipe CTI", " – pôle Recherche".
const AUTHORS_TEAM_RE = /\s[—–]\s(?:équipe|service|pôle|cellule|laboratoire|unité|desk)\s[^.!?,;:—–]{1,40}$/u;

/** The parts of a line of names: "A. Martin, B. Roy et C. Diaz" → "A. Martin", "B. Roy", "C. Diaz". */
function namesIn(v: string): string[] {
  return v.split(/\s+et\s+|,\s+/u);
}

/** A line of a signature: the signer with a role, or a line of a statement's signature block. */
function isSignatory(v: string): boolean {
  if (SIGNED_ROLE_RE.test(v) || SIGNATORY_RE.test(v)) return true;
  // Or the role behind a dash, capitalised: "Aliya Seitkali — Chercheuse à l'Institut kazakhstanais …".
  const dashed = DASHED_ROLE_RE.exec(v);
  return !!dashed && SIGNED_ROLE_RE.test(`${dashed[1]}, ${dashed[2].toLowerCase()}${v.slice(dashed[0].length)}`);
}

/**
 * A line of Markdown: what its line marks make of it, the text it shows, and the marks removed, in the order they
 * stand.
 */
interface MarkdownLine {
  kind: "heading" | "quote" | "image" | "plain";
  kept: string;
  marks: string[];
}

// An image alone on its line, maybe a link: "![](https://…/photo.jpg)", "[![Gov.kz](…/logo.svg)](https://www.gov.kz/)".
const MD_IMAGE_RE = /^\s*(?:!\[[^\]]*\]\([^()\s]*\)|\[!\[[^\]]*\]\([^()\s]*\)\]\([^()\s]*\))\s*$/u;
const MD_HEADING_RE = /^(#{1,6})[ \t]+(\S.*?)(?:[ \t]+(#+))?[ \t]*$/u;
const MD_QUOTE_RE = /^(>)[ \t]?(\S.*)$/u;
// A whole line in italics: "*© Service de presse*" (bold, whole line or not, is read inline).
const MD_ITALICS_RE = /^(?:(\*)(?![\s*])([^*]+?)(?<!\s)\*|(_)(?![\s_])([^_]+?)(?<!\s)_)$/u;
// A link, or an image inside a line: "[Organisation de coopération de Shanghai](https://…)"; its words are kept.
// Its address may be the page's own anchor or query: "[Aller au contenu principal](#main-content)", "[KZ](?lang=kk)".
const MD_LINK_RE = /(!?\[)([^\]]*)(\]\((?:https?:\/\/|\/|www\.|#|\?)[^()\s]*\))/gu;
// Bold inside a line: "**Lire aussi :** …".
const MD_BOLD_RE = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu;

/**
 * Inline Markdown: the text a line shows (links as their words, bold as plain text) and the marks taken out, in the
 * order they stand (`[`, `](https://…)`, `**`); null when it has none. A bold mark inside a link's address is no mark.
 */
function inlineMarkdown(text: string): { kept: string; marks: string[] } | null {
  if (!text.includes("](") && !text.includes("**") && !text.includes("__")) return null;
  const spans: [number, string][] = [];
  for (const m of text.matchAll(MD_LINK_RE)) spans.push([m.index, m[1]], [m.index + m[1].length + m[2].length, m[3]]);
  const inLink = (at: number) => spans.some(([s, t]) => at + 2 > s && at < s + t.length);
  for (const m of text.matchAll(MD_BOLD_RE)) {
    const close = m.index + m[1].length + m[2].length;
    if (!inLink(m.index) && !inLink(close)) spans.push([m.index, m[1]], [close, m[1]]);
  }
  if (spans.length === 0) return null;
  spans.sort((a, b) => a[0] - b[0]);
  let kept = "";
  let at = 0;
  for (const [s, t] of spans) {
    kept += text.slice(at, s);
    at = s + t.length;
  }
  return { kept: kept + text.slice(at), marks: spans.map(([, t]) => t) };
}

/**
 * Reads Markdown's marks (`# `, `> `, a line in `*…*`, links and bold inside it, an image line), or null when it has
 * none.
 */
function readMarkdownLine(text: string): MarkdownLine | null {
  if (MD_IMAGE_RE.test(text)) return { kind: "image", kept: "", marks: [text] };
  let kind: MarkdownLine["kind"] = "plain";
  const marks: string[] = [];
  const closing: string[] = [];
  let kept = text.trim();
  const h = MD_HEADING_RE.exec(kept);
  const q = h ? null : MD_QUOTE_RE.exec(kept);
  if (h) {
    kind = "heading";
    marks.push(h[1]);
    if (h[3]) closing.push(h[3]);
    kept = h[2];
  } else if (q) {
    kind = "quote";
    marks.push(q[1]);
    kept = q[2];
  }
  const e = MD_ITALICS_RE.exec(kept);
  if (e) {
    marks.push(e[1] ?? e[3]);
    closing.unshift(e[1] ?? e[3]);
    kept = e[2] ?? e[4];
  }
  const inline = inlineMarkdown(kept);
  if (inline) {
    marks.push(...inline.marks);
    kept = inline.kept;
  }
  return marks.length ? { kind, kept, marks: [...marks, ...closing] } : null;
}

// The months of the Gregorian calendar as Arabic-language sites write them, and a day written with them.
const ARABIC_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
// A line holding only the day, maybe after its weekday: "الثلاثاء، 14 يناير 2025".
const ARABIC_DAY_LINE_RE = new RegExp(`^(?:\\p{Script=Arabic}+،?\\s+)?(\\d{1,2})\\s+(${ARABIC_MONTHS.join("|")})\\s+(\\d{4})$`, "u");

// The day a forum's member joined, beside their posts.
const MEMBER_SINCE_RE = /^(?:inscription|membre depuis)\s*:\s*(?:\d{1,2}(?:er)?\s+)?\p{L}{3,9}\.?\s+\d{4}$/iu;

/** Characters of an attribution after which, when it is also longer than the quotation, the line is a paragraph. */
const LONG_ATTRIBUTION = 100;

/** True when a line starting with « is a quotation: nothing, a new sentence or an attribution follows the quote. */
function isQuoteLine(text: string): boolean {
  // "💬 « … »": a social post marks its quotations with an emoji.
  const v = text.replace(/^(?:[\p{Extended_Pictographic}\ufe0f]\s*)+(?=[«“"])/u, "");
  if (!/^[«“"]/u.test(v)) return false;
  const close = closingQuote(v);
  if (close < 0) return true;
  const rest = v.slice(close + 1).trim();
  // "« … » était le titre choisi" is a sentence whose subject is a quoted title, not a quotation; "« … », résume un
  // haut fonctionnaire. Le pays, plus…": the attribution, then the text going on, is a paragraph opening on a
  // quotation. "« … », a déclaré lundi soir M. Tokaïev en accueillant son invité à l'Akorda, où les deux dirigeants ont
  // ensuite supervisé…": an attribution longer than the quotation tells the story, a paragraph's work.
  return rest === "" || (!/^\p{Ll}/u.test(rest) && !(/^[,–—-]/u.test(rest) && (innerSentenceBreaks(rest) >= 1 || rest.length > Math.max(LONG_ATTRIBUTION, close))));
}

// A short title, then a subtitle opening on a noun without its article ("Trésors des steppes du Kazakhstan"), not on
// a sentence's first word ("Le", "Il", "Selon" …).
const TITLE_THEN_SUBTITLE_RE = /^[^.!?:]{1,39}[^\d\s.!?:]\.\s(?!(?:Le|La|Les|L['’]|Un|Une|Des|Il|Elle|Ils|Elles|On|Ce|Cet|Cette|Ces|Cela|Son|Sa|Ses|Leur|Leurs|Nous|Vous|Je|J['’]|En|Au|Aux|Du|De|D['’]|Dans|Pour|Par|Mais|Et|Or|Selon|Pourtant|Depuis|Après|Avant|Avec|Sur|Sous|Chez|Entre|Quand|Si|Lors|Alors|Ainsi|Enfin|Puis|Ici|Là|C['’]|Qu['’]|Que|Qui|Photos?|Crédits?|Sources?)(?![\p{L}'’]))\p{Lu}\p{Ll}+(?:\s[^\s./|]+){1,8}$/u;
/** True for a line shaped like a heading or headline: short, one phrase, no final sentence punctuation. */
// A kind of article in brackets opening a headline: "[Récit] ", "[Carte] " ("[Photo] …" heads a caption, "[Vidéo] …" or
// "[Publicité] …" an insert).
const BRACKET_TAG_RE = /^\[(?:Récit|Carte|Direct|Exclusif|Tribune|Reportage|Enquête|Interview|Entretien|Analyse|Dossier|Chronique|Édito|Débat|Portrait|Témoignage|Décryptage)\]\s(?=\p{Lu})/u;

export function isHeadingShape(v: string): boolean {
  if (v.length > HEADING_MAX_CHARS || v.length < 2) return false;
  if (v.split(/\s+/).length > HEADING_MAX_WORDS) return false;
  // (A forum's or a blog's tag in brackets may open it: "[Récit] Big Almaty Peak et lacs de Kolsaï – août 2024".)
  if (!startsLikeSentence(v) && !(BRACKET_TAG_RE.test(v) && startsLikeSentence(v.replace(BRACKET_TAG_RE, "")))) return false;
  if (QUOTED_TITLE_RE.test(v) || QUOTED_OPENING_TITLE_RE.test(v)) return true;
  // A speech's salutation is its text: "Chers collègues !", "Monsieur le Secrétaire général de l’Organisation des
  // Nations unies !".
  if (SALUTATION_RE.test(v)) return false;
  // A short question or exclamation is a headline ("Hezbollah-Israël : une nouvelle guerre aux portes du Liban ?"), its
  // question maybe in brackets ("Baïkonour, un cosmodrome russe en terre kazakhe (pour combien de temps ?)").
  if (/\s?[?!]\)?$/.test(v) && v.length <= QUESTION_HEADING_MAX && v.split(/\s+/).length >= 3) return innerSentenceBreaks(v.replace(/\)$/u, "")) === 0;
  // A line ending in " :" introduces a list or a quotation; ";" or "," continue a list.
  if (endsSentence(v) || /[:;,]$/.test(v)) return false;
  // A regional daily's headline opens on its town: "Pierrelatte. Le chef de la diplomatie kazakhe en visite…".
  // A title and its subtitle, neither a sentence: "L’Or des Saces. Trésors des steppes du Kazakhstan".
  const breaks = innerSentenceBreaks(v.replace(PLACE_KICKER_RE, ""));
  return breaks === 0 || (breaks === 1 && (QUESTION_THEN_SUBJECT_RE.test(v) || TITLE_THEN_SUBTITLE_RE.test(v)));
}

/** A date the article's head states as its publication's, from the words it was read in. */
function headDate(m: Pick<DateMention, "date" | "evidence">, weak?: boolean): LineDate {
  return { from: "head", date: m.date, evidence: m.evidence, valid: true, ...(weak ? { weak } : {}) };
}

// An archive's notice of a broadcast: its channel, hour, day and length, "France 2 - 20h00 - 29/03/1994 - 02:11".
const ARCHIVED_BROADCAST_RE = /^\p{Lu}[\p{L}\d ]{1,30}\s[-–|·]\s\d{1,2}h\d{2}\s[-–|·]\s(\d{2}\/\d{2}\/\d{4})\s[-–|·]\s\d{2}:\d{2}(?::\d{2})?$/u;
// A quiz's or a sheet's day of making: "Quiz créé le 08 oct. 2025 · 1 254 joueurs", "Fiche créée le 3 mars 2024".
const MADE_ON_RE = /^(?:quiz|fiche|cours|exposé|document|test|sondage) créée? (le .{6,30}?)(?:\s·\s\d[\d\s\u202f]{0,8}\s(?:joueurs|participants|vues|réponses))?$/iu;
// An encyclopedia's tagline: "L'encyclopédie libre", "L'encyclopédie des 8-13 ans que tout le monde peut améliorer !".
const ENCYCLOPEDIA_TAGLINE_RE = /^L['’]encyclopédie (?:libre|junior|des \d{1,2}[-–]\d{1,2} ans(?: que (?:tout le monde|chacun) peut (?:améliorer|modifier))?)\s?!?$/u;
// A path of four parts or more between ">", its parts before the last a word or three without figures ("Partie 2 >
// Chapitre 4 > …" is a sheet's own plan): the last may be a title.
const TITLED_CRUMB_LAST_LINE = 12;
const TITLED_CRUMB_PARTS_MIN = 4;
function isTitledCrumb(v: string): boolean {
  const parts = v.split(/\s>\s/u);
  return parts.length >= TITLED_CRUMB_PARTS_MIN && parts.slice(0, -1).every((x) => countWords(x) <= 3 && /^\p{Lu}/u.test(x) && !/\d/u.test(x)) && countWords(parts[parts.length - 1]) <= 12 && !endsSentence(v);
}
// Between a scanned paper's pages: "◄ Page précédente    Page 3 / 40    Page suivante ►" (in the head only: an article
// on a library's viewer may show its bar).
const SCAN_PAGER_RE = /^(?:[◄◀‹«<←]\s*)?page précédente\s{2,}(?:page\s\d{1,4}\s?(?:\/|sur)\s?\d{1,4}\s{2,})?page suivante(?:\s*[►▶›»>→])?$/iu;
const SCAN_PAGER_LAST_LINE = 12;
// A site's news section, opening a meta line: "Actualités | 27.11.2024 | Rail & multimodal".
const NEWS_SECTION_RE = /^(?:actualités?|actus?|news|nouvelles|infos?|blog|presse|communiqués?(?: de presse)?|publications?)$/iu;
// An issue's day, its year in two figures, alone or under a label: "ARCHIVES - Edition du 11/12/97", "Numéro du
// 03.02.98".
// (The whole line: a label in capitals before it at most; a headline quoting "notre édition du 11/12/97" is no stamp.)
const SHORT_ISSUE_DAY_RE = /^(?:\p{Lu}[\p{Lu} ]{1,30}\s?[-–|:]\s?)?(?:[ÉEé]dition|EDITION|ÉDITION|[Nn]um[ée]ro|NUMÉRO|NUMERO)\s+(?:du|DU)\s+(\d{1,2})[./](\d{1,2})[./](\d{2})$/u;
// The longest running head (a paragraph is not looked at).
const RUNNING_HEAD_MAX = 80;
// A printed page's running head: a name in capitals (two to forty characters), a weekday, a day and the page's number
// before or after them: "L'IMPARTIAL MARDI 17 DECEMBRE 1991 3", "4 LE COURRIER JEUDI 2 MAI 1996".
const RUNNING_HEAD_RE = /^(?=\d|.*\d{4}\s+\d{1,3}$)(?:\d{1,3}\s+)?\p{Lu}[\p{Lu}'’ .-]{1,40}?\s+((?:LUNDI|MARDI|MERCREDI|JEUDI|VENDREDI|SAMEDI|DIMANCHE)\s+\d{1,2}(?:ER)?\s+\p{Lu}{3,9}\s+(?:19|20)\d{2})(?:\s+\d{1,3})?$/u;

/** A report's filing line's day, its last: "Rapport d'information n° 512 (2024-2025), déposé le 9 avril 2025". */
function filedDate(v: string): LineDate | undefined {
  if (!FILED_RE.test(v)) return undefined;
  const d = findDates(v).filter((m) => !m.relative).pop();
  return d ? headDate(d) : undefined;
}

/** The day a page's own web address carries in its path ("/2025/10/07/"), as a date of the head. */
function addressDate(address: { date: string | null; evidence: string }): LineDate | undefined {
  return address.date ? headDate({ date: address.date, evidence: `address '${address.evidence}'` }) : undefined;
}

/** The day a page's own address carries, else its month ("/2025/06/"), the month weak when `weakMonth`. */
function addressDayOrMonth(address: { date: string | null; month: string | null; evidence: string }, weakMonth = false): LineDate | undefined {
  return addressDate(address) ?? (address.month ? headDate({ date: address.month, evidence: `address '${address.evidence}'` }, weakMonth) : undefined);
}

/**
 * The first written date of a metadata line ("Envoyé : jeudi 6 juin 2024", "Par Anne Martin, le 05/10/2023"), if any.
 */
function firstHeadDate(text: string, weak?: boolean): LineDate | undefined {
  const d = findDates(text).find((m) => !m.relative);
  return d && headDate(d, weak);
}

const HEADER_REASONS: Record<Exclude<HeaderRole, "author" | "title">, string> = {
  command: "a scraping tool's command line or log (the copy's, not the page's)",
  field: "a scraping tool's header (the page's metadata, not its text)",
  body: "a scraping tool's header (the page's metadata, not its text)",
  date: "a scraping tool's header (the page's metadata, not its text)",
  summary: "a scraping tool's summary (sentences it picked from the text)",
};
/** Characters of a headline saying at more length what a scraping tool's title field says, at most. */
const TOOL_TITLE_LONGER_MAX = 200;
// A scraping tool's field giving the page's address: "URL: https://…", "URL Source: https://…".
const TOOL_ADDRESS_FIELD_RE = /^[*_]*(?:url(?: source)?|source url|canonical url|lien|source)[*_]*\s?:\s?(https?:\/\/\S+)$/iu;
// A site's name after the headline in a page's title: "Sommet de l’OCS à Astana : … | Le Courrier des steppes".
const TITLE_SITE_SUFFIX_RE = /\s+\|\s+[^|]{2,60}$/u;
// Markdown's marks around a headline: "# Titre", "**Titre**".
const HEADLINE_MARKS_RE = /^#{1,6}\s+|[*_]{1,3}/gu;

/**
 * Marks the lines of a scraping tool's header (see readToolHeader). Returns the line that is the headline: the title
 * printed again in the page (without the site's name after a bar), else the title field itself with its label cut; -1
 * without a header or a title.
 */
function markToolHeader(ws: Work[]): number {
  const header = readToolHeader(ws.map((w) => w.v));
  if (!header) return -1;
  for (const [i, role] of header.roles) {
    if (role === "author") Object.assign(ws[i], { shape: "credit", kind: "credit", byline: true });
    else if (role !== "title") Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: HEADER_REASONS[role] });
    // The page's address in its field dates the page weakly, by day or by month: "URL: https://…/actualites/2025/06/
    // arbitrage-cirdi-…" (a date field says more).
    const address = role === "field" && !ws[i].metaDate ? TOOL_ADDRESS_FIELD_RE.exec(ws[i].v) : null;
    const own = address ? readPageAddress(address[1]) : null;
    const day = own && !EVENT_ADDRESS_RE.test(address![1]) ? addressDayOrMonth(own) : undefined;
    if (day) ws[i].metaDate = { ...day, weak: true };
  }
  if (header.date) {
    const { index, value } = header.date;
    const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/u.exec(value)?.[1];
    ws[index].metaDate = iso && isValidIsoDate(iso) ? headDate({ date: iso, evidence: ws[index].v }) : firstHeadDate(value);
  }
  if (!header.title) return -1;
  const { index, value, start } = header.title;
  const w = ws[index];
  const suffix = TITLE_SITE_SUFFIX_RE.exec(value);
  const short = suffix && countWords(value.slice(0, suffix.index)) >= 4 ? value.slice(0, suffix.index) : value;
  const bare = (v: string) => v.replace(HEADLINE_MARKS_RE, "").trim();
  const again = ws.findIndex((x, j) => j > index && !x.kind && (bare(x.v) === value || bare(x.v) === short));
  if (again >= 0) {
    Object.assign(w, { shape: "furniture", kind: "furniture", reason: "a scraping tool's header (the page's title, printed again below)" });
    return again;
  }
  // The page's headline may say it at more length under the same topic: "Title: Arbitrage CIRDI : sentence contre le
  // Kazakhstan | …" over "Arbitrage CIRDI : le tribunal condamne le Kazakhstan à indemniser un investisseur …".
  const topic = /^(\S.{2,40}?)\s?:\s/u.exec(short)?.[1];
  const longer = topic && countWords(topic) >= 2 ? ws.findIndex((x, j) => j > index && !x.kind && x.v.length > short.length && x.v.length <= TOOL_TITLE_LONGER_MAX && !endsSentence(x.v) && bare(x.v).startsWith(topic) && /^\s?:\s/u.test(bare(x.v).slice(topic.length))) : -1;
  if (longer >= 0) {
    Object.assign(w, { shape: "furniture", kind: "furniture", reason: "a scraping tool's header (the page's title, shorter than its headline below)" });
    return longer;
  }
  cutHeadline(w, start, start + short.length, "the label of a scraping tool's field");
  return index;
}

// A page's title as a browser's title bar shows it, the site's name after a dash or a bar: "Coopération : … - Brazza
// Matin".
const TAB_TITLE_RE = /^(.+?)\s+[-–—|]\s+[^-–—|]{2,80}$/u;
// The site's name after most headlines, with its dash; a long headline's words.
const TAB_SITE_NAME_MAX = 63;
const TAB_TITLE_LONG_WORDS = 8;
/** The page's first lines that may be its title bar's; the lines under them where the headline may be printed again. */
const TAB_TITLE_LINES = 3;
const TAB_TITLE_REPEAT_LINES = 20;

/**
 * Marks a browser's title bar copied over the page, "Headline - Site": the headline printed again among the page's first
 * lines, without the site's name, is the headline. Returns that line, or -1.
 */
function markTabTitle(ws: Work[]): number {
  const texts = ws.flatMap((w, i) => (w.v !== "" && !w.kind ? [i] : []));
  for (const i of texts.slice(0, TAB_TITLE_LINES)) {
    const m = TAB_TITLE_RE.exec(ws[i].v);
    if (!m || countWords(m[1]) < 4) continue;
    // A headline of eight words or more may stand before a ministry's long name ("… - Ministère des Affaires étrangères
    // de la République islamique d’Iran"), and go on after a colon below (a short one, "Élections législatives au
    // Kazakhstan – Les résultats définitifs publiés par …", is a headline of its own).
    const long = countWords(m[1]) >= TAB_TITLE_LONG_WORDS;
    if (ws[i].v.length - m[1].length > TAB_SITE_NAME_MAX && !long) continue;
    // Not in a box of links ("Les plus lus" over it, no blank line between): the page may print there its own title.
    const inBox = (j: number) => {
      for (let k = j - 1; k >= 0 && ws[k].v !== ""; k--) if (readTeaserOpener(ws[k].v)?.standalone) return true;
      return false;
    };
    // ("… à Téhéran : vers un renforcement du corridor Nord-Sud".)
    const says = (v: string) => v === m[1] || (long && v.startsWith(m[1]) && /^\s?:\s\S/u.test(v.slice(m[1].length)));
    const again = texts.slice(texts.indexOf(i) + 1, texts.indexOf(i) + 1 + TAB_TITLE_REPEAT_LINES).find((j) => says(ws[j].v) && !inBox(j));
    if (again === undefined) continue;
    Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "the page's title in a browser's title bar (the headline and the site's name)" });
    return again;
  }
  return -1;
}

// A day written with a year of two figures and the time, as a free daily stamps its articles: "Publié le 02/10/24 à
// 12h47" (a fact box's "Publiée le 15/07/97 au Journal officiel" tells of a law, not of the page).
// (Its time after it, or nothing: "Mis en ligne le 03.06.25".)
const SHORT_YEAR_DATE_RE = /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{2})(?![\d/.])(?=,?\s+(?:à\s+|[|·]\s+)?\d{1,2}\s?[h:]\s?\d{2}\b|\s+par\s|\s*$)/u;

/**
 * The first day written "02/10/24 à 12h47" in a publication stamp, if it is a real one: a year of two figures below 50
 * is this century's, else the last one's ("10/12/97" is 1997).
 */
// A stamp with a two-digit year: "04/04/25 à 17:25 - Mise à jour à 21:03", "Publié le 04.04.25, 17h25", "04.10.26 |
// 18h12 | MAJ 21h47".
// A day with a two-digit year and who put it online: "Posté le 28/03/25 par l'équipe du festival".
const POSTED_SHORT_RE = /^(?:publié|posté|mis en ligne) le\s+\d{1,2}[/.]\d{1,2}[/.]\d{2}(?!\d).*\spar\s/iu;
const BAR_STAMP_RE = /^\d{1,2}[/.]\d{1,2}[/.]\d{2}\s*[|·]\s*\d{1,2}\s?[h:]\s?\d\d/u;
const SHORT_YEAR_STAMP_RE = /^(?:(?:publié|posté|mis en ligne) le\s+\d{1,2}[/.]\d{1,2}[/.]\d{2}(?!\d)(?:,?\s*(?:à\s*)?\d{1,2}\s?[h:]\s?\d\d)?(?:\s+par\s+(?:l['’]|le |la )?[\p{L}'’ -]{2,40})?|\d{1,2}[/.]\d{1,2}[/.]\d{2}(?!\d)(?:,?\s*(?:à\s*|[|·]\s*)?\d{1,2}\s?[h:]\s?\d\d)?\s*[-–|·]\s*(?:mis(?:e)? à jour|modifié|actualisé|MAJ)(?: le \d{1,2}[/.]\d{1,2}[/.]\d{2})?(?:,?\s*(?:à\s*)?\d{1,2}\s?[h:]\s?\d\d)?)$/iu;
function shortYearDate(v: string): LineDate | undefined {
  const m = SHORT_YEAR_DATE_RE.exec(v);
  if (!m) return undefined;
  const date = `${Number(m[3]) < 50 ? "20" : "19"}${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return isValidIsoDate(date) ? headDate({ date, evidence: m[0] }) : undefined;
}

/**
 * A bar of the day's rates and weather, its items far apart, maybe the day among them (see RATE_ITEM_RE); null if not.
 */
function ratesBar(v: string): { day: DateMention | null } | null {
  if (v.length > 300 || !RATES_SEP_RE.test(v)) return null;
  let priced = 0;
  let day: DateMention | null = null;
  const items = v.split(RATES_SEP_RE);
  // A ferry's or a flight's status only beside the weather: "Vols : … Ferry : …" alone is the text's practical details.
  const weather = items.some((x) => WEATHER_ITEM_RE.test(x));
  for (const item of items) {
    // A rate is an exchange ("1 € = …", "Taux …"); a price alone ("Tarif : 8 euros") is no rate.
    if ((RATE_ITEM_RE.test(item) && /=|taux|cours/iu.test(item)) || WEATHER_ITEM_RE.test(item) || TIDE_ITEM_RE.test(item) || MARKET_ITEM_RE.test(item) || (weather && TRAVEL_ITEM_RE.test(item))) {
      priced++;
      continue;
    }
    // The day in another script, "الأربعاء 13 مارس 2024", beside the weather: the widget's.
    if (/\d/u.test(item) && !/\p{Script=Latin}/u.test(item)) continue;
    const d = readDateLine(item);
    if (!d || d.relative || day) return null;
    day = d;
  }
  // Apart by spaces alone, two rates or more ("1 USD = 4 035 riels   1 EUR = 4 270 riels   Phnom Penh 31°C"; a table's
  // row, "1er février 2022   1 USD = 431 KZT", holds one).
  return priced > 1 || (priced > 0 && /\s[|·]\s/u.test(v)) ? { day } : null;
}

/** A ticker's label over its headlines: each a few words, the same mark between them (see LABELLED_TICKER_RE). */
function isLabelledTicker(v: string): boolean {
  if (v.length > 600) return false;
  const m = LABELLED_TICKER_RE.exec(v);
  if (!m) return false;
  const items = m[3].split(m[1] ?? m[2]).map((p) => p.trim());
  return items.length >= TICKER_ITEMS && items.every((p) => p.split(/\s+/u).length >= TICKER_ITEM_WORDS);
}

/**
 * True when a headline-shaped line of five words or more stands over line `i`, below the last of the site's lines
 * whose reason `menu` names.
 */
function headlineUnderMenus(ws: Work[], i: number, menu: RegExp): boolean {
  let from = i;
  while (from > 0 && !menu.test(ws[from - 1].reason ?? "")) from--;
  return ws.slice(from, i).some(isHeadline);
}

// What a byline's line may carry after the byline, behind a dash: its update, its count of comments: "Publié le mardi
// 9 janvier 2024 par Claire B. — Mis à jour le jeudi 3 octobre 2024 — 14 commentaires".
const BYLINE_TAIL_RE = /\s[—–|·]\s(?:(?:mis|mise) à jour|modifié|actualisé)(?: le)?\s[^—–|·]{4,40}$|\s[—–|·]\s\d{1,5}\scommentaires?$/iu;

/** A byline's line without what may follow the byline (see BYLINE_TAIL_RE). */
function withoutBylineTail(v: string): string {
  let out = v;
  for (let cut = out.replace(BYLINE_TAIL_RE, ""); cut !== out; cut = out.replace(BYLINE_TAIL_RE, "")) out = cut;
  return out;
}

// What follows the headline in the page's title over it (see classifyLines): the site's name behind a dash or a bar,
// or the page's address.
const TITLE_SUFFIX_RE = /^\s(?:[-–—|·]\s\S(?:(?!\s[-–—|]\s)[^.!?]){1,60}|https?:\/\/\S+)$/u;
// The page's title over its headline stands among its first lines, the headline at most this many lines under it.
const PAGE_TITLE_LAST_LINE = 3;
const PAGE_TITLE_SPAN = 12;
// A line closed by a page's or a slide's number behind a bar: "Routes de l'Eurasie — Lyon, 15 mai 2025 | 2".
const NUMBERED_FOOTER_RE = /^(\S.{6,118}\S)\s?\|\s?(\d{1,3})$/u;
// A slide's number or its notes' label: "Diapositive 3", "Slide 3/12", "Notes de l'orateur :".
const SLIDE_MARK_RE = /^(?:(?:diapositive|slide|diapo)\s\d{1,3}(?:\s?\/\s?\d{1,3})?|notes? de l['’]orat(?:eur|rice)\s?:?)$/iu;

/** True for two days alone on a line, one to the other: "Du 20/11/2025 au 21/11/2025". */
function isDaySpan(v: string): boolean {
  const found = findDates(v);
  return found.length === 2 && found[0].start === 0 && /^du\s/iu.test(found[0].evidence) && /^au\s/iu.test(found[1].evidence) && found[1].end === v.length;
}

// A system's clock stamp (Unix's `date`, a list archive's), weekday, day and month in either order, time, zone, year, in
// French or English: "Mar 21 Sep 12:00:04 CEST 2004", "Tue Sep 21 12:00:04 CEST 2004".
const CLOCK_STAMP_RE = /^(?:lun|mar|mer|jeu|ven|sam|dim|mon|tue|wed|thu|fri|sat|sun)\.?\s+(?:(\d{1,2})\s+(\p{L}{3,4})\.?|(\p{L}{3,4})\.?\s+(\d{1,2}))\s+\d{1,2}:\d{2}:\d{2}\s+(?:\p{Lu}{3,5}\s+)?((?:19|20)\d{2})$/iu;

/** The day of a system's clock stamp, or null. */
function readClockStamp(v: string): { date: string; evidence: string } | null {
  const m = CLOCK_STAMP_RE.exec(v);
  if (!m) return null;
  const word = (m[2] ?? m[3]).toLowerCase();
  const month = monthNumber(word) || ENGLISH_MONTHS.indexOf(word.slice(0, 3)) + 1;
  const day = Number(m[1] ?? m[4]);
  if (month < 1 || !isRealDate(Number(m[5]), month, day)) return null;
  return { date: `${m[5]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`, evidence: v };
}

/** The shape of one non-blank line, from its own text only. */
function shapeOf(w: Work, email = true): void {
  const v = w.v;
  // Before the date line: "Envoyé : jeudi 6 juin 2024 09:12" is a line of the e-mail's header.
  if (email && isEmailHeader(v)) {
    Object.assign(w, { shape: "furniture", reason: "e-mail header (metadata)", email: true });
    if (/^(?:envoyé|sent|date)\s*:/iu.test(v)) w.metaDate = firstHeadDate(v);
    return;
  }
  // A table's row between bars, beside others (see markSpacedTables), is the text's, whatever its cells look like.
  if (w.tableRow && BAR_ROW_RE.test(v)) return void (w.shape = "paragraph");
  // A parliament's question: "Question écrite n° 09045 de Mme Claire Vauthier (Français établis hors de France - UC)"
  // names its author; "publiée dans le JO Sénat du 16/11/2023 - page 6812" is its publication's date.
  if (QUESTION_AUTHOR_RE.test(v)) return void Object.assign(w, { shape: "credit", byline: true });
  // A thesis's supervisor: "Sous la direction de M. Jean-Marc DUCLOS, professeur des universités".
  if (SUPERVISOR_RE.test(v)) return void (w.shape = "credit");
// A report's number and the day it was filed: "Rapport d'information n° 689 (2024-2025), déposé le 4 juin 2025".
  // (Further down, a bill's page lists its procedure's documents so.)
  const filedHead = w.src.line <= FILED_LAST_LINE ? filedDate(v) : undefined;
  if (filedHead) return void Object.assign(w, { shape: "furniture", reason: "date line (publication metadata)", metaDate: filedHead });
  // A bilingual site's day in Italian over its menu, "Domenica 6 dicembre 2026", and its languages, "Italiano |
  // Français" (further down, an event's day and a poem's columns, "Қазақша | Français").
  if (w.src.line <= TICKER_LAST_LINE && ITALIAN_DAY_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (the site's date of the day)" });
  if (w.src.line <= TICKER_LAST_LINE && LANGUAGE_NAMES_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (language switcher)" });
  // A federal site's languages in capitals, one space apart, French among them, "FR NL DE EN", and a republic's motto
  // under its name, "Un Peuple – Un But – Une Foi", over its menu (further down, a film's languages, a seminar's
  // interpretation, a motto the text quotes).
  if (w.src.line <= TICKER_LAST_LINE && LANGUAGE_CODES_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (language switcher)" });
  if (w.src.line <= TICKER_LAST_LINE && STATE_MOTTO_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (the state's motto)" });
  // A betting site's or a wine merchant's age gate with its answers, over the page: "🔞 Site réservé aux personnes
  // majeures. Vous avez plus de 18 ans ? Oui / Non" (further down, a window the text quotes).
  if (w.src.line <= TICKER_LAST_LINE && AGE_GATE_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (age gate)" });
  // The site's phone and its hours over its menu: "01 84 60 27 15 · du lundi au samedi, 9 h – 19 h" (in the text, an
  // office's).
  if (w.src.line <= TICKER_LAST_LINE && SITE_PHONE_HOURS_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (the site's phone number and hours)" });
  // A stamp glued to the reading time, as a page saved as text runs them: "Mis à jour le 22/05/2019Lecture : 7 min".
  // (Among the page's first lines: further down, a box of other articles stamps each so.)
  const glued = w.src.line <= GLUED_STAMP_LAST_LINE ? GLUED_STAMP_RE.exec(v) : null;
  if (glued) {
    const d = firstHeadDate(glued[1]);
    if (d) return void Object.assign(w, { shape: "furniture", reason: "date line (publication metadata)", metaDate: d });
  }
  // A note's day of writing, under its text: "Document achevé de rédiger le 28 janvier 2025."; a post's section and day
  // under its text: "Publié dans Vie de l'établissement le 24/03/2025" (the section alone is the site's tag list).
  if (DRAFTED_ON_RE.test(v) || POSTED_IN_ON_RE.test(v)) {
    const d = firstHeadDate(v);
    if (d) return void Object.assign(w, { shape: "furniture", reason: "date line (publication metadata)", metaDate: d });
  }
  // Among the page's first lines, a day then what the site adds behind a dot: the same day in other calendars,
  // "22.03.2025 · 22 наурыз 2025 ж. · 22 ramadan 1446 H", or the page's sections, "3 octobre 2024 · Ferroviaire,
  // International". (Not on the page's first lines: a blog's bar, "12 juin 2023 · Voyage, Kazakhstan", under its name.)
  const dayThen = w.src.line > DAY_THEN_FIRST_LINE && w.src.line <= DAY_THEN_LAST_LINE ? DAY_THEN_RE.exec(v) : null;
  if (dayThen) {
    const d = firstHeadDate(dayThen[1]);
    if (d) return void Object.assign(w, { shape: "furniture", reason: "date line (publication metadata)", metaDate: d });
  }
  if (JOURNAL_STAMP_RE.test(v)) {
    const d = firstHeadDate(v);
    if (d) return void Object.assign(w, { shape: "furniture", reason: "date line (publication metadata)", metaDate: d });
  }
  // A tool's field with a date in English: "Date : March 14, 2023" (a read-later export), "pubDate: Wed, 29 Jun 2016
  // 07:15:00 +0200" (a feed's item). A clipper's "Created:" or "Enregistré le :" is the day it was saved, not
  // published.
  const dutch = w.src.line <= DUTCH_DATE_LAST_LINE ? DUTCH_DATE_LINE_RE.exec(v) : null;
  if (dutch) {
    const date = `${dutch[3]}-${String(DUTCH_MONTH_NUMBERS[dutch[2].toLowerCase()]).padStart(2, "0")}-${dutch[1].padStart(2, "0")}`;
    if (isValidIsoDate(date)) return void Object.assign(w, { shape: "furniture", reason: "date line (publication metadata, in Dutch)", metaDate: headDate({ date, evidence: v }) });
  }
  // A stamp a CMS left in English, its weekday, day, month, year and time: "Tuesday, 09 Sep 2025 6:32 PM MYT" (read as
  // a date line once the page is known to hold only one).
  const stampEn = ENGLISH_WEEKDAY_STAMP_RE.exec(v);
  if (stampEn) {
    const m = ENGLISH_MONTHS.findIndex((name) => stampEn[2].toLowerCase().startsWith(name)) + 1;
    const date = `${stampEn[3]}-${String(m).padStart(2, "0")}-${stampEn[1].padStart(2, "0")}`;
    if (m > 0 && isValidIsoDate(date)) w.englishStamp = headDate({ date, evidence: v });
  }
  const english = ENGLISH_DATE_FIELD_RE.exec(v) ?? READ_TIME_ENGLISH_DATE_RE.exec(v) ?? (w.src.line <= PLATFORM_DAY_LAST_LINE ? PLATFORM_ENGLISH_DAY_RE.exec(v) : null);
  if (english) {
    const [month, day, year] = english[1] ? [english[1], english[2], english[3]] : [english[5], english[4], english[6]];
    const m = ENGLISH_MONTHS.findIndex((name) => month.toLowerCase().startsWith(name)) + 1;
    const date = `${year}-${String(m).padStart(2, "0")}-${day.padStart(2, "0")}`;
    if (m > 0 && isValidIsoDate(date)) return void Object.assign(w, { shape: "furniture", reason: "date line (publication metadata)", metaDate: headDate({ date, evidence: english[0] }) });
  }
  // "Publié le 29 août 2024 par Thomas Berthier": the author is credited, the date states the publication. So is the
  // department, in the page's head: "Posté le 18/06/2025 par Service communication" (under each item of a box of
  // other news, it stamps them).
  // The day a reading tool sent the page to an e-reader or saved it, "Envoyé le samedi 6 juillet 2024", "Enregistré le
  // 17 avril 2025 à 21:48": the page's own day, if it gives one, comes first.
  if (SENT_TO_READER_RE.test(v)) {
    const d = firstHeadDate(v, true);
    if (d) return void Object.assign(w, { shape: "furniture", reason: "date line (the day it was sent to a reading device)", metaDate: d });
  }
  if (SAVED_WITH_TOOL_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (the day a reading tool saved the page)" });
  // (Posted by the site's account, no one signs: "Publié le 04/06/2024 par Admin" is a date line.)
  if (GENERIC_ACCOUNT_STAMP_RE.test(v) && !w.listedDay) {
    const d = firstHeadDate(v);
    if (d) return void Object.assign(w, { shape: "furniture", reason: "date line (publication metadata)", metaDate: d });
  }
  // A blog's line under its post, the author and the hour among the post's links: "Publié par Fred à 21:47 | Lien
  // permanent | Commentaires (3) | Trackbacks (0)" (the post's day heads it).
  if (BLOG_POST_FOOTER_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (the blog's entry meta)" });
  if (POSTED_BY_META_RE.test(v) && !w.listedDay) return void Object.assign(w, { shape: "credit", byline: true, metaDate: firstHeadDate(v) });
  // (Or with its time first.)
  if (POSTED_AGO_BY_RE.test(v)) return void Object.assign(w, { shape: "credit", byline: true });
  // Among the page's first lines, by a first name alone, as a blog's: "Publié le 14 septembre 2025 par Jean-Marc"
  // (further down, it heads a reader's comment).
  const posted = POSTED_BY_RE.test(v) || (w.src.line <= SERVICE_POSTED_LAST_LINE && POSTED_BY_FIRST_NAME_RE.test(v));
  const tailed = !w.untailed && !posted && POSTED_BY_RE.test(withoutBylineTail(v));
  if (posted || tailed || (w.src.line <= SERVICE_POSTED_LAST_LINE && SERVICE_POSTED_RE.test(v) && !w.listedDay)) {
    const d = firstHeadDate(v);
    if (d) return void Object.assign(w, { shape: "credit", byline: true, metaDate: d, ...(tailed ? { tailed } : {}) });
    // By its weekday and day, without its year: "Publié le samedi 17 mai par Camille" (dated in the copyright's year:
    // see inferDate).
    const day = posted ? findDates(v).find((m) => m.relative && WEEKDAY_AND_DAY_RE.test(m.evidence)) : undefined;
    if (day) return void Object.assign(w, { shape: "credit", byline: true, metaDate: { ...headDate(day, true), yearless: true } });
  }
  // "04/04/25 à 17:25 - Mise à jour à 21:03": a day with a two-digit year, its time and its update, alone on the line.
  // Without its time, only among the page's first lines ("Publié le 21.12.15" in a box of documents dates one).
  // (Behind bars, "04.10.26 | 18h12 | MAJ 21h47", one only: several stamp a box of dispatches or a timetable's rows.)
  const postedBy = POSTED_SHORT_RE.test(v);
  if (SHORT_YEAR_STAMP_RE.test(v) && (/\d\s?[h:]\s?\d\d/u.test(v) || w.src.line <= QUOTES_LAST_LINE || (w.src.line <= SHORT_YEAR_STAMP_LAST_LINE && /^(?:publié|posté|mis en ligne) le\s/iu.test(v))) && !(w.listedDay && (BAR_STAMP_RE.test(v) || postedBy))) {
    const d = shortYearDate(v);
    // "Posté le 28/03/25 par l'équipe du festival": who posted it signs too.
    if (d && postedBy) return void Object.assign(w, { shape: "credit", byline: true, metaDate: d });
    if (d) return void Object.assign(w, { shape: "furniture", reason: "date line (publication metadata)", metaDate: d });
  }
  // "Surligné le 3 mars 2024": the day a reader highlighted the passage.
  if (READING_APP_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: `site furniture (${READING_APP_REASON})` });
  // A letter's name, its issue and its month over its items, among the page's first lines: "Nouvelles de l'Est —
  // Lettre n° 112 — mars 2025" (it dates the page).
  if (w.src.line <= TICKER_LAST_LINE && LETTER_ISSUE_LINE_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "date line (the letter's name and issue)", metaDate: firstHeadDate(v) });
  // "Inscription : mars 2016", "Membre depuis : 3 mai 2019": the day a forum's member joined.
  if (MEMBER_SINCE_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (the forum's links and its members' details)" });
  // (A list's item behind its bullet, "• le Maroc (décembre 2020) ;", is no date line, but "• 3 novembre 2024" alone
  // is.)
  // An Iranian site's stamp in its solar calendar alone, "Mise à jour : 1403/08/15 – 11:02": no day of ours.
  if (SOLAR_STAMP_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "date line (a day of the Iranian calendar)" });
  // A cookie banner's sentence naming its link in guillemets, over the page: "Le Courrier d'Armor et ses partenaires
  // utilisent des cookies pour mesurer l'audience, … en cliquant sur « Gérer mes cookies » en bas de page." (in a text,
  // an article on trackers may report such a sentence).
  if (w.src.line <= COOKIE_TOP_LAST_LINE && QUOTED_LINK_COOKIES_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (cookie or privacy prompt)" });
  // A phone's banner offering the site's application, over the page: "Lisez Le Courrier d'Alsace dans l'application",
  // "Lisez-nous dans l'application : plus rapide, moins de publicité." (in a text, "Continuez la démarche sur
  // l'application mobile" is a step of a how-to).
  if (w.src.line <= APP_BANNER_LAST_LINE && APP_BANNER_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: APP_BANNER_REASON });
  // The skip link opening the page: "Aller directement au contenu" (further down, a text may list a portal's links).
  if (w.src.line <= TAGLINE_LAST_LINE && /^aller directement au contenu$/iu.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (navigation link)" });
  // A search box's prompt among the first lines, what it finds listed, its dots kept: "Rechercher un projet, un
  // architecte, une ville…" (further down, "Chercher des alliés, des marchés, des garanties…" is an intertitle).
  if (w.src.line <= SEARCH_PROMPT_LAST_LINE && SEARCH_PROMPT_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (navigation link)" });
  // A podcast's episode, its number, day and length: "Épisode 7 · il y a 3 semaines · 54 min", "Saison 2 · Épisode 12
  // · 4 mars 2025 · 1 h 02".
  if (EPISODE_META_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "date line (the episode's number, day and length)", metaDate: firstHeadDate(v) });
  // A parliament's record's kind over its sitting's day, in the page's head: "Compte rendu in extenso des débats",
  // "Compte rendu analytique officiel" (in a text, an intertitle quoting the record).
  if (w.src.line <= TICKER_LAST_LINE && RECORD_KIND_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (the record's kind)" });
  if (w.src.line <= QUOTES_LAST_LINE && WEEKDAY_STAMP_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (publication time (metadata))" });
  // A programme's broadcast, its day and length: "Diffusé le lundi 13 mai 2024 à 18h30 | Durée : 52 min".
  const aired = BROADCAST_STAMP_RE.exec(v);
  const airedOn = aired ? readDateLine(aired[1]) : null;
  if (airedOn && !airedOn.relative) return void Object.assign(w, { shape: "furniture", reason: "date line (the programme's broadcast)", metaDate: headDate(airedOn) });
  // A mailing list archive's stamp, as a system's clock writes it, among the page's first lines: "Mar 21 Sep 12:00:04
  // CEST 2004" (in a tutorial, the output of `date`).
  const clock = w.src.line <= TICKER_LAST_LINE ? readClockStamp(v) : null;
  if (clock) return void Object.assign(w, { shape: "furniture", reason: "date line (publication metadata)", metaDate: headDate(clock) });
  // In the head, a path of four parts or more, its last a title: "Annales > Bac > HGGSP > Terminale > Thème 1 : De
  // nouveaux espaces de conquête".
  if (w.src.line <= TITLED_CRUMB_LAST_LINE && isTitledCrumb(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (breadcrumb or meta line)" });
  // An encyclopedia's tagline among the first lines: "L'encyclopédie des 8-13 ans que tout le monde peut améliorer !".
  if (w.src.line <= TICKER_LAST_LINE && ENCYCLOPEDIA_TAGLINE_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (the site's tagline)" });
  // A scanned paper's pager, in the page's head: "◄ Page précédente    Page 3 / 40    Page suivante ►".
  if (w.src.line <= SCAN_PAGER_LAST_LINE && SCAN_PAGER_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (navigation link)" });
  // An issue's day with its year in two figures, in the head of an old site's archive: "ARCHIVES - Edition du
  // 11/12/97".
  const issueDay = w.src.line <= TICKER_LAST_LINE ? SHORT_ISSUE_DAY_RE.exec(v) : null;
  if (issueDay) {
    const year = Number(issueDay[3]) + (Number(issueDay[3]) >= 50 ? 1900 : 2000);
    const date = `${year}-${issueDay[2].padStart(2, "0")}-${issueDay[1].padStart(2, "0")}`;
    if (isValidIsoDate(date)) return void Object.assign(w, { shape: "furniture", reason: "date line (the issue's day)", metaDate: headDate({ date, evidence: issueDay[0] }) });
  }
  // A printed page's running head, the paper's name in capitals, its day and the page's number: "L'IMPARTIAL MARDI 17
  // DECEMBRE 1991 3" (weakly: a scanned page's caption dates its issue better).
  const runningHead = v.length <= RUNNING_HEAD_MAX ? RUNNING_HEAD_RE.exec(v) : null;
  if (runningHead && v === v.toUpperCase()) {
    const day = findDates(runningHead[1].toLowerCase()).find((m) => !m.relative && m.precision === "day");
    if (day) return void Object.assign(w, { shape: "furniture", reason: "site furniture (running header or page number of a printed page)", metaDate: headDate({ date: day.date, evidence: runningHead[1] }, true) });
  }
  let dateLine = readDateLine(v) ?? (w.src.line <= SERVICE_POSTED_LAST_LINE ? readDateBesideLanguages(v) : null);
  if (dateLine && /^\s*[•▪◦‣]\s/u.test(w.src.text) && v.replace(/^[•▪◦‣]\s*/u, "").trim() !== dateLine.evidence.trim()) dateLine = null;

  if (dateLine && !dateLine.relative) {
    w.shape = "furniture";
    w.reason = "date line (publication metadata)";
    // Two days alone, one to the other, give an event's dates: they date its page only when nothing else does ("Du
    // 20/11/2025 au 21/11/2025" over a colloquium's programme, "Mis en ligne le 8 septembre 2025" under it).
    w.metaDate = headDate(dateLine, isDaySpan(v));
    // A social network's stamp, "3 septembre 2023 ·", stands under the name of the post's author.
    if (/\s[·•]$/u.test(v)) w.postStamp = true;
    return;
  }
  // An embassy's other accreditations under its name, among the page's first lines: "Également accréditée auprès de la
  // République de Gambie, de la République de Guinée-Bissau, …" (under a headline, "Également accréditée auprès de la
  // Principauté de Monaco, l’ambassadrice … a été reçue …" is its standfirst).
  if (w.src.line <= ACCREDITATION_LAST_LINE && ACCREDITATION_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (the site's tagline)" });
  // A chat export's stamp and sender over a forwarded post, at the top: "[12/06/2025 10:07] Thomas G.: Regarde, c'est
  // passé sur la chaîne …" (further down, such messages may be quoted as evidence).
  if (w.src.line <= CHAT_STAMP_LAST_LINE && CHAT_STAMP_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (the chat application's lines)" });
  // A gallery's label with its count of pictures: "Retour en images (24 photos)" (its captions follow: see
  // classifyLines).
  if (GALLERY_LABEL_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: GALLERY_REASON });
  // A live blog's time label alone on its line: "17:52", "14h32".
  if (TIME_LABEL_RE.test(v)) return void (w.shape = "heading");
  // A speech's record of the room, alone on its line: "(Applaudissements)", "[Rires]" (the text's, even closing it).
  if (ROOM_REACTION_RE.test(v)) return void (w.shape = "paragraph");

  // A news ticker's line at the top of the page, under the site's name: "Flash info — Égypte : les électeurs…" (in the
  // text, "Dernière minute : le ministère a confirmé…" is news; "EN CONTINU – Visite d'État…" heads a live page). A
  // flash's label over three headlines behind triangles may stand above the site's name: "FLASH INFO ▸ Lomé : … ▸ CAN
  // 2025 : … ▸ Kara : …" ("EN DIRECT · Sommet … · … · …" on the first line is a live page's headline).
  if (w.src.line <= TICKER_LAST_LINE && (w.src.line > 1 ? NEWS_TICKER_RE.test(v) || CAPITALS_TICKER_RE.test(v) || isLabelledTicker(v) : FLASH_TRIANGLE_RE.test(v) && isLabelledTicker(v))) return void Object.assign(w, { shape: "furniture", reason: "site furniture (news ticker)" });
  // The same place: a bar of the day's exchange rates and weather, its items far apart: "Taux de référence BRH : 130,87
  // gourdes   |   Port-au-Prince 33 °C" (in the text, "1 euro = 545 tenge | 1 dollar = 505 tenge" is the article's).
  const rates = w.src.line <= TICKER_LAST_LINE ? ratesBar(v) : null;
  if (rates) return void Object.assign(w, { shape: "furniture", reason: "site furniture (the day's rates and weather)", ...(rates.day ? { metaDate: headDate(rates.day) } : {}) });
  // The masthead's greeting with the day and the weather (see WEATHER_TAIL_RE), or with the day alone: "Ia ora na !
  // Mercredi 2 juillet 2025".
  if (w.src.line <= TICKER_LAST_LINE && GREETING_DAY_RE.test(v)) {
    const day = findDates(v).find((d) => !d.relative && d.precision === "day");
    if (day) return void Object.assign(w, { shape: "furniture", reason: "site furniture (the day's greeting)", metaDate: headDate(day, true) });
  }
  if (w.src.line <= TICKER_LAST_LINE && WEATHER_TAIL_RE.test(v)) {
    const day = findDates(v).find((d) => !d.relative && d.precision === "day");
    if (day) return void Object.assign(w, { shape: "furniture", reason: "site furniture (the day's rates and weather)", metaDate: headDate(day, true) });
  }
  // A social network's author over the post, with the degree of connection: "Bertrand Lefèvre • 2e".
  if (NETWORK_AUTHOR_RE.test(v)) return void (w.shape = "credit");
  if (COMMENTS_OPENER_RE.test(v)) {
    Object.assign(w, { shape: "furniture", reason: "site furniture (reader comments)", teaser: { words: v, standalone: true, comments: true } });
    return;
  }
  // A row of a table pasted as text ("2019\t2 080\t1 010") holds figures only: it is data, not a counter.
  if (!/\p{L}/u.test(v)) {
    if (/\t/.test(w.src.text) && /\d/.test(v)) return void (w.shape = "paragraph");
    return void Object.assign(w, { shape: "furniture", reason: "site furniture (no words: a counter or a separator)" });
  }
  // "中文", "العربية", "Русский": a language switcher's link, in a script French is not written in.
  // ("Құрметті қонақтар!", a speech's salutation in Kazakh, is its text.)
  if (v.length <= FOREIGN_SCRIPT_MAX && !/[!?,.:]$/u.test(v) && !/[\p{Script=Latin}\d]/u.test(v) && /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u.test(v)) {
    return void Object.assign(w, { shape: "furniture", reason: "site furniture (a link in another script: a language switcher)" });
  }
  // A search box's placeholder listing what it searches, its dots kept: "Rechercher dans les textes, les articles, les
  // codes…" ("Rechercher dans les registres, les listes, les fiches" is a step of a how-to).
  if (SEARCH_PLACEHOLDER_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (navigation link)" });
  // The page's address under a scraper's label on the first line, before a clipping tool's fields are looked for:
  // "Source : https://www.….fr/2026/01/19/qalam-ai-…/", "url: https://…/2025/06/03/…". It dates the page weakly: it
  // may give a translation's original, and "Publié le 9 décembre 2025" says more.
  if (w.src.line === 1 && SCRAPED_ADDRESS_LABEL_RE.test(v)) {
    const address = scrapedAddress(v);
    if (address) return void Object.assign(w, address);
  }
  // A scraper's time field among the first lines, its value a time: "scraped_at: 2025-06-05T08:11:02Z" (the day it was
  // collected, not published; in a text, a tutorial's example or a glossary's entry).
  if (w.src.line <= SCRAPER_FIELDS_LAST_LINE && SCRAPER_TIME_FIELD_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (a clipping tool's fields)" });
  const phrase = furniturePhraseReason(v);
  if (isConsentPanel(v)) {
    w.shape = "furniture";
    w.teaser = { words: v, standalone: true, consent: true };
    w.reason = phrase ?? "site furniture (cookie or privacy prompt)";
    return;
  }
  if (phrase) {
    w.shape = "furniture";
    w.reason = phrase;
    // "Publié le 19 juin 2025 à 05h00  Lecture 3 min.": a publication stamp among other items still dates the article.
    if (/publication time/.test(phrase)) w.metaDate = firstHeadDate(v) ?? shortYearDate(v);
    // A wiki page's "dernière modification … le 3 février 2025": its only date, taken when the head states none.
    else if (/encyclopedia/.test(phrase) && /dernière modification/iu.test(v)) w.metaDate = firstHeadDate(v, true);
    // The page's section with its day: "Catégorie : International | 22 septembre 2019 | 1 248 vues" (next to the
    // headline: see below).
    else if (/tag list/.test(phrase)) {
      const stamp = readMetaLine(v)?.date;
      if (stamp) Object.assign(w, { metaDate: headDate(stamp, true), sectionDate: true });
    }
    w.counter = /comment|reading time/.test(phrase);
    return;
  }
  // "La Rédaction · il y a 3 jours · 4 min de lecture": the author is credited, the rest is metadata.
  const meta = readMetaLine(v);
  if (meta) {
    if (meta.byline) Object.assign(w, { shape: "credit", byline: true });
    else Object.assign(w, { shape: "furniture", reason: "site furniture (publication time and reading time: metadata)" });
    // (The day a reading tool saved it, beside its time to read: "Enregistré le 7 décembre 2026 · Temps de lecture
    // estimé : 5 min", counts after the page's own; "Enregistré le 12 février 2025 · 47 min" is a podcast's day.)
    if (meta.date) w.metaDate = headDate(meta.date, SAVED_ON_RE.test(v) && /lecture/iu.test(v));
    // (Its day without a year, with its weekday, is dated in the copyright's year: see inferDate.)
    else if (meta.yearless) w.metaDate = { ...headDate(meta.yearless, true), yearless: true };
    return;
  }
  // "► À lire aussi : …": an arrow may point at the link, or stand between the words and the link ("Lire aussi ► Adré :
  // …", "LIRE AUSSI. Aktaou, le port kazakh …": a title, no sentence); the label may be given in the site's other
  // language first: "CITEȘTE ȘI / LIRE AUSSI : …".
  const opener = readTeaserOpener(
    v.replace(/^(?:[►▶→➜➤]|\p{Lu}[\p{Lu} ]{2,30}\s\/)\s*(?=(?:à\s+)?(?:lire|voir)\s+(?:aussi|également))/iu, "").replace(/^((?:à\s+)?(?:lire|voir)\s+(?:aussi|également))\s*[►▸▶›»→]\s*/iu, "$1 : ").replace(/^((?:à\s+)?lire\s+aussi)\.\s+(?=[^.!?]{5,150}$)/iu, "$1 : ").replace(/^【([^】]{1,60})】$/u, "$1"),
  );
  // "Contenu sponsorisé : voici comment la rédaction…" is an intertitle: the advertisers' label stands alone.
  if (opener && !(SPONSORED_RE.test(opener.words) && !opener.standalone)) {
    w.shape = "furniture";
    w.teaser = opener;
    w.reason = SPONSORED_RE.test(opener.words) ? `advertising (the advertisers' links after '${opener.words}')` : `site furniture (link to another article after '${opener.words}')`;
    return;
  }
  // Two languages behind a bar, one in its own script, among the first lines: "عربي | Français" (further down, it
  // labels a bilingual text's versions).
  if (w.src.line <= TICKER_LAST_LINE && isLanguagePair(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (language switcher)" });
  // (In the head, between arrows, "&" is no word of a part: "Notes de marché > Mer Noire & Asie centrale".)
  if (isBreadcrumb(v) || (w.src.line <= TRIANGLE_CRUMB_LAST_LINE && (isTriangleBreadcrumb(v) || (w.src.line <= LONG_CRUMB_LAST_LINE && isLongBreadcrumb(v)) || isSectionPath(v) || (/\s[›>]\s/u.test(v) && isBreadcrumb(v.replace(/ & /gu, " ")))))) {
    Object.assign(w, { shape: "furniture", reason: "site furniture (breadcrumb or meta line)" });
    // A meta line "Publié par admin | 2 novembre 2023 | Actualités" still states the publication date; so does the day
    // closing a section's path: "Actualité | Terrains | 18.09.2024".
    if (/publi|mis à jour|\bpar\b/iu.test(v)) w.metaDate = firstHeadDate(v);
    else {
      // Or opening a release's line, its kind and its place after it, "22 octobre 2025 | Communiqué de presse | Almaty,
      // Kazakhstan", a stamp's with its time or a post's with its comments: "17 septembre 2024 · Claire · 4
      // commentaires" (a weekday first is the site's day over its bar, "vendredi 5 juillet 2024 | Connexion | …"; "12
      // juin 2026 | Concert symphonique | …" an event's).
      const parts = v.split(CRUMB_SEP_RE);
      const last = readDateLine(parts[parts.length - 1]);
      // (Or a day in figures before the page's topics, a word or two each, "12.06.2025 | Logistique · Transport", or
      // between its news section and its topic: "Actualités | 27.11.2024 | Rail & multimodal"; "Agenda | 18.09.2025 |
      // Opéra national" gives an event's day.)
      // (Not an event's town and kind: "21.06.2025 | Strasbourg · Concert".)
      const figures = parts.findIndex((x) => /^\d{1,2}[./]\d{1,2}[./]\d{4}$/u.test(x.trim()));
      const topic = (x: string) => countWords(x) <= 2 && /^\p{Lu}/u.test(x.trim()) && !EVENT_KIND_WORD_RE.test(x.trim()) && findTag(x.trim())?.kind !== "place";
      const topics = () => figures >= 0 && figures < parts.length - 1 && parts.length >= 3 && parts.every((x, i) => i === figures || topic(x));
      const sectionDay = () => figures > 0 && NEWS_SECTION_RE.test(parts[0].trim()) && topics();
      const stamped = () => RELEASE_KIND_RE.test(parts[1] ?? "") || /^\d{1,2}[:h]\d{2}$/u.test(parts[1] ?? "") || parts.some((x) => COMMENT_COUNT_RE.test(x)) || (figures === 0 && topics()) || sectionDay();
      const at = sectionDay() ? figures : 0;
      const first = !last && !WEEKDAY_FIRST_RE.test(v) && stamped() ? readDateLine(parts[at]) : null;
      const day = last ?? (first && first.evidence.trim() === parts[at].trim() ? first : null);
      // (Weakly: a stamp under the headline, "Publié le 20 mai 2025", says more than an event's day in the path.)
      if (day && !day.relative && day.precision === "day" && day.start === 0) w.metaDate = headDate(day, true);
    }
    return;
  }
  // A bar of the page's details ending on its stamp: "24 photos | Astana, Kazakhstan | Prises de vue : 02/07/2024 -
  // 03/07/2024 | Mis en ligne le 03/07/2024 à 21:14".
  const details = v.length <= DETAILS_BAR_MAX && v.includes("|") ? v.split(/\s\|\s/u) : [];
  const stamped = details.length >= 3 && STAMP_ITEM_RE.test(details[details.length - 1]) && details.every((x) => x.length <= 60 && !endsSentence(x)) ? readDateLine(details[details.length - 1]) : null;
  if (stamped && !stamped.relative) return void Object.assign(w, { shape: "furniture", reason: "date line (publication metadata)", metaDate: headDate(stamped) });
  // A magazine's issue and the months it covers: "N° 87 | AVRIL – MAI – JUIN 2025", dated by its first month.
  const issue = ISSUE_MONTHS_RE.exec(v);
  const months = issue ? issue[1].split(/\s*[–—/-]\s*/u).map((m) => monthNumber(m.replace(/\.$/u, ""))) : [];
  if (issue && months.every((m) => m > 0)) {
    return void Object.assign(w, { shape: "furniture", reason: "date line (the issue's number and months)", metaDate: headDate({ date: `${issue[2]}-${String(months[0]).padStart(2, "0")}`, evidence: v }) });
  }
  // A review's issue over its article, its parts apart by bars: "Numéro 19 | Printemps 2025 | Dossier : L'Europe face à
  // l'Asie centrale", "Vol. 12 · n° 3 · 2024" (with its months, above, it dates the page).
  // (With its days, "N° 2417 – du 7 au 13 mars 2025 | Édition numérique", it is read as a date line is.)
  if (ISSUE_LABEL_RE.test(v) && !findDates(v).some((m) => !m.relative)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (the issue's label)" });
  const address = readPageAddress(v);
  if (address) {
    Object.assign(w, { shape: "furniture", reason: "site furniture (the page's web address)" });
    const day = addressDate(address);
    if (day) w.metaDate = day;
    // The day as a part of its own, "/2026-03-14/", only in the page's own address pasted over it, and weakly: a stamp
    // of the page, "Mis en ligne le 2 mars 2026", says more than an agenda's address naming its event's day.
    else if (address.partDay && w.src.line <= PAGE_ADDRESS_HEAD_LINES) w.metaDate = headDate(address.partDay, true);
    // So does its month alone, "…/2023/11/kazakhstan-…/", there ("Le 9 novembre" in the text is no year's; an agenda's
    // names its event's month).
    else if (w.src.line <= PAGE_ADDRESS_HEAD_LINES && !EVENT_ADDRESS_RE.test(v)) w.metaDate = addressDayOrMonth(address, true);
    if (address.year) w.addressYear = address.year;
    return;
  }
  // A document's filing reference: "Rapport d'information n° 123 (2023-2024), déposé le 8 novembre 2023". Credited, and
  // metadata to the head's rules, like a byline.
  const filed = v.length <= 200 && FILED_ON_RE.test(v) ? firstHeadDate(v) : undefined;
  if (filed) return void Object.assign(w, { shape: "credit", byline: true, metaDate: filed });
  // A dateline alone with its agency between slashes, as Mongolian and Central Asian agencies write it: "Astana /Nüüdel
  // News/", "Oulan-Bator /MONTSAME/".
  if (SLASHED_AGENCY_DATELINE_RE.test(v)) return void Object.assign(w, { shape: "credit", byline: true });
  // An answer's author on a questions site, with their profile and when they answered: "Aidos Nurlanuly · Ingénieur,
  // vit à Almaty · Répondu il y a 1 an".
  // (A news site's byline so written, "Marie Lefèvre · Journaliste sport · Mis à jour le 14 mars 2024 à 09h12", still
  // dates the page.)
  // A ministry's site names itself at the top, its brand before the institution: "France Diplomatie - Ministère de
  // l’Europe et des Affaires étrangères".
  if (w.src.line <= TICKER_LAST_LINE && SITE_MASTHEAD_RE.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (the site's name)" });
  if (ANSWER_BYLINE_RE.test(v)) return void Object.assign(w, { shape: "credit", byline: true, metaDate: firstHeadDate(v) });
  // A wire's signature in brackets, the reporter then the editor: "(Marc-Antoine Ledru, édité par Sophie Kern)".
  if (WIRE_EDITED_BY_RE.test(v)) return void Object.assign(w, { shape: "credit", byline: true });
  // The author's name then the day, as a weekly signs: "Racha Darwich , Mercredi, 19 mars 2025".
  const signed = w.listedDay ? null : NAME_THEN_DAY_RE.exec(v);
  const signedDay = signed && isPersonName(signed[1]) && findTag(signed[1])?.kind !== "place" ? readDateLine(signed[2]) : null;
  if (signedDay && !signedDay.relative) {
    Object.assign(w, { shape: "credit", byline: true, metaDate: headDate(signedDay) });
    return;
  }
  if (isByline(v)) {
    // The author is credited on the page, as the site printed it ("Par Claire Fontanel", "Propos recueillis par…").
    w.shape = "credit";
    w.byline = true;
    w.metaDate = firstHeadDate(v);
    return;
  }
  // A row of a table pasted as text: cells apart by tabs ("Année\tExportations\tImportations"). Data, never a heading.
  if (isRow(w)) return void (w.shape = "paragraph");
  // A translated title under its label, as a translation service prints it: "Titre traduit : Les chefs d'État …". The
  // label goes, the title stays.
  const label = TRANSLATED_TITLE_RE.exec(v);
  if (label) return void Object.assign(w, { shape: "heading", v: visibleText(label[2]), cut: { removed: label[1].trim(), kept: label[2], reason: "the translated title's label" } });
  // A panel's speakers under its title: "Intervenants : Marc Delaunay (IREC), Dinara Akhmetova (…)". Text, no heading.
  if (PANEL_RE.test(v)) return void (w.shape = "paragraph");
  // An official text's title, however long: "Décret n° 2024-412 du 6 mai 2024 portant publication de l'accord …".
  if (v.length <= OFFICIAL_TITLE_MAX && OFFICIAL_TITLE_RE.test(v) && !endsSentence(v)) return void (w.shape = "heading");
  // "Fait à Paris, le 29 novembre 2024, en deux exemplaires": the day an official text was signed is its date.
  if (SIGNED_AT_RE.test(v)) {
    // Without its town, "Fait le 6 mai 2025.", it may close a text the page quotes: the page is not dated by it.
    if (v.startsWith("Fait à")) w.metaDate = firstHeadDate(v);
    // Text of the statement, even without a final full stop: not a heading, not the site's tail.
    return void (w.shape = "paragraph");
  }
  // An author with an agency's help, in brackets: "Nicolas Froidevaux (avec ATS)".
  if (v.length <= 80 && NAME_WITH_AGENCY_RE.test(v)) return void (w.shape = "credit");
  // Who issued a release, in brackets under it: "(Communiqué par le ministère des Affaires étrangères et européennes,
  // …)", a summary's sources: "(Source : Shinkeizai Shimbun, édition du 19 décembre 2025, page 3)", "(Sources : TASR,
  // Kazinform)"; the author of a parliament's answer: "Réponse du vice-premier ministre … du 22 mai 2025, à la question
  // n° 56-0417 de M. Thibault Lemaire du 14 mars 2025 (Fr.)".
  if (ISSUED_BY_RE.test(v) || ANSWER_AUTHOR_RE.test(v)) return void (w.shape = "credit");
  // An author and the outlet in capitals: "Rūta Vaitkutė, BALTIJOS BANGA" ("Bibisara Assaubayeva, KAZAKHSTAN" lists a
  // player and her country; "PHOTO D'ARCHIVES, MINISTÈRE DE LA DÉFENSE" titles an exhibit; with an agency, "Vyacheslav
  // Oseledko, AFP", a photographer is credited; one under another, they list people, see classifyLines).
  const outlet = v.length <= 80 ? NAME_WITH_OUTLET_RE.exec(v) : null;
  if (outlet && !findTag(outlet[1])) return void Object.assign(w, { shape: "credit", byline: !AGENCY_NAME_RE.test(outlet[1]) });
  // A photo agency and its photographer, apart by a spaced slash, are no menu: "Keystone / Pavel Mikheyev", "RUSLAN
  // PRYANIKOV / AFP" ("MONDE / Asie Centrale" is a section's).
  if (v.length <= 80 && NAMED_PHOTO_AGENCY_RE.test(v)) return void (w.shape = "credit");
  // So is a photo credited to the outlet and its photographer: "Photo Normandie Matin / Julien Hébert"; and a photo's
  // caption behind the place of its picture: "[Photo] Avec Aruzhan et Timur devant le mur des drapeaux"; a photo
  // credited by initials, "Photo P.-T. A.".
  if ((v.length <= 80 && OUTLET_PHOTOGRAPHER_RE.test(v)) || PICTURE_PLACE_CAPTION_RE.test(v) || PHOTO_INITIALS_RE.test(v)) return void (w.shape = "credit");
  if (isMenuLine(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (navigation menu or tag list)" });
  // Among the page's first lines, a menu whose links ask questions: "Qui sommes-nous ?   Nos missions   Où
  // agissons-nous ?   Actualités   Nous rejoindre   FAIRE UN DON".
  if (w.src.line <= SPACED_MENU_LAST_LINE && isSpacedMenu(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (navigation menu or tag list)" });
  // One or two words in lower case, alone, no punctuation: a site's name as its logo writes it ("euronews",
  // "l'Humanité"), until the text begins (see classifyLines: in the text, such lines are a list's items or a slogan).
  // On the page's first line, its second word may be a place's, capitalised: "ondes Normandie" (further down, "avec
  // AFP" credits).
  if (v.length <= 24 && (w.src.line === 1 ? /^(?:\p{Ll}|[ld]['’]\p{L})[\p{L}\d-]*(?: [\p{Ll}\p{Lu}][\p{L}\d-]*)?$/u : /^(?:\p{Ll}|[ld]['’]\p{L})[\p{L}\d-]*(?: \p{Ll}[\p{L}\d-]*)?$/u).test(v)) return void Object.assign(w, { shape: "furniture", logo: true, reason: "site furniture (a site's name in lower case, as its logo writes it)" });
  // With its slogan beside it, spaced, among the page's first lines: "unicef  pour chaque enfant".
  if (w.src.line <= TAGLINE_LAST_LINE && LOGO_SLOGAN_RE.test(v)) return void Object.assign(w, { shape: "furniture", logo: true, reason: "site furniture (a site's name in lower case, as its logo writes it)" });
  // "Sources : discours de K.-J. Tokaïev au forum (17 juin 2022) ; communiqué du ministère…": the article's sources,
  // one line, several of them or dated, not a photo's credit.
  if (SOURCES_LINE_RE.test(v) && (/;/u.test(v) || REFERENCE_HINT_RE.test(v) || findDates(v).some((m) => !m.relative))) return void Object.assign(w, { shape: "paragraph", kind: "bibliography" });
  // A news channel's "Sources additionnelles • AFP, ministère kazakh du Tourisme": the text's.
  if (MORE_SOURCES_RE.test(v)) return void Object.assign(w, { shape: "paragraph", kind: "bibliography" });
  if (CREDIT_RE.test(v) || EMBEDDED_POST_AUTHOR_RE.test(v) || LOWER_AGENCY_CREDIT_RE.test(v) || (v.length <= 200 && (TEXT_CREDIT_RE.test(v) || SERVICE_CREDIT_RE.test(v))) || (v.length <= 80 && (AGENCY_SIGNATURE_RE.test(v) || (PHOTO_AGENCY_RE.test(v) && !(SECTION_PATH_RE.test(v) && !PICTURE_SOURCE_RE.test(v)))))) return void (w.shape = "credit");
  // An agency's intertitle between dashes: "- Chaise vide -".
  if (DASHED_INTERTITLE_RE.test(v)) return void (w.shape = "heading");
  if (LIST_ITEM_RE.test(v)) return void (w.shape = "list-item");
  if (isQuoteLine(v)) {
    // "« Ni vassal ni pion »": a few words between quotation marks, no sentence, nothing after: an intertitle.
    const close = closingQuote(v);
    const inner = close === v.length - 1 ? v.slice(1, close).trim() : "";
    return void (w.shape = inner && isHeadingShape(inner) && !/[.!?…]$/u.test(inner) && countWords(inner) <= INTERTITLE_QUOTE_WORDS ? "heading" : "quote");
  }
  if ((v.length <= CAPTION_MAX || (v.length <= LONG_CAPTION_MAX && COPYRIGHT_END_RE.test(v))) && CAPTION_CREDIT_RE.test(v)) return void (w.shape = "caption");
  if (v.length <= LONG_CAPTION_MAX && ARTWORK_CAPTION_RE.test(v)) return void (w.shape = "caption");
  if (v.length <= CAPTION_MAX && DAY_THEN_PHOTOGRAPHER_RE.test(v) && !v.includes(":")) return void (w.shape = "caption");
  // A figure's caption after its placeholder, a sentence: "[Figure 1] Niveau moyen annuel de la mer Caspienne …
  // 1900-2024. Données Kazhydromet …" ("[Carte] Le corridor médian, la route …" without its full stop heads an
  // infographic).
  if (v.length <= CAPTION_MAX && FIGURE_LEAD_RE.test(v) && /[.)]$/u.test(v)) return void (w.shape = "caption");
  // One sentence and a newsroom's name in capitals: "Vladimir Poutine accueilli … le 27 novembre 2024. (FRANCEINFO)".
  const newsroom = v.length <= 300 ? NEWSROOM_CREDIT_END_RE.exec(v) : null;
  if (newsroom && innerSentenceBreaks(v.slice(0, newsroom.index)) === 0) return void (w.shape = "caption");
  if (isHeadingShape(v)) return void (w.shape = "heading");
  w.shape = "paragraph";
}

// A tag list's label alone on its line.
const TAG_LABEL_RE = /^(?:mots[- ]clés|tags?|étiquettes|thèmes?(?: associés)?|sujets?(?: associés| liés)?)\s*:?$/iu;

/** A tag of a list, one a line: a few words, a capital or a figure first, no sentence. */
// A tag in small letters, one to three words: "diplomatie", "politique étrangère".
const LOWER_TAG_RE = /^\p{Ll}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2}$/u;

function isTagItem(v: string): boolean {
  return v.length <= 60 && /^[\p{Lu}\d#]/u.test(v) && !/[.!?:;,]$/u.test(v) && v.split(/\s+/u).length <= 6;
}

// A stamp or a player's prompt a text may quote: "Publié à 5 h 00 Mis à jour à 9 h 13", "Une vidéo à voir ci-dessous", a
// press database's notice ("Le présent document est protégé par les lois …"); a field's value: "Dernier combat :" / "il y
// a 3 mois".
// A release's notes quoted too: "… s'ouvre sur un encadré intitulé :" / "Notes aux rédactions :".
const QUOTED_TOOL_RE = /^(?:©\s?[^.©]{1,40}\.\s+toute reproduction\b.*|notes? (?:aux|à la|pour les) rédactions?\s*:?$|(?:photos?|vidéos?|images?)(?: et (?:photos?|vidéos?|images?))? (?:disponibles?|à télécharger) (?:ici|sur|via)\b|publiée? à .* mis à jour à|(?:une |la |notre )?vidéo à (?:voir|regarder|découvrir) ci-dessous|(?:regardez|voir) (?:la|notre) vidéo ci-dessous|le présent document est protégé par les lois et conventions internationales\b|il y a (?:\d{1,2}|une?) (?:semaines?|mois|ans?)$)/iu;

/** Three short capitalised items or more apart by commas, nothing else: a page's categories. */
function isCategoryList(v: string): boolean {
  const items = v.split(/,\s+/u);
  return items.length >= 3 && items.every((p) => /^\p{Lu}/u.test(p) && p.split(/\s+/u).length <= 3 && !/[.!?:;]/u.test(p));
}

const TRANSLATED_HEADLINE_REASON = "site furniture (the headline in another language)";
/** `other` is `headline` in English (or another language), about as long: a journal's title given twice (not a quotation). */
function isTranslatedHeadline(headline: string, other: string): boolean {
  return countWords(headline) >= 4 && !/["“”«»]/u.test(other) && other.length <= headline.length * 1.5 && other.length >= headline.length / 1.5 && isForeignPost(other) && !isForeignPost(headline);
}

// The day a reference was read, closing what comes before it: "…, consulté le ", "page consultée le ".
const CONSULTED_RE = /(?<!\p{L})(?:consulté|consultée|accédé|vu)e?(?:\sen ligne)?\s(?:le\s)?$/iu;
// The day a journal put a paper online, in its reference: ", mis en ligne le 16 décembre 2024, consulté le …".
const CITED_ONLINE_RE = /(?<!\p{L})mise? en ligne le (\d{1,2}(?:er)? \p{L}+ \d{4})(?!\d)/u;

/** A post's words in another language than French: five words or more, English little words or letters French lacks. */
function isForeignPost(v: string): boolean {
  if (/^[—–-]/u.test(v) || v.split(/\s+/u).length < 5 || stopwordDensity(v) >= 0.15) return false;
  const english = v.match(/(?<!\p{L})(?:the|and|of|to|for|with|is|are|our|we|has|have|will|on|in)(?!\p{L})/giu)?.length ?? 0;
  return english >= 2 || /[ğĞışŞİ\u0400-\u04ff]/u.test(v);
}

function isBody(w: Work): boolean {
  return w.shape === "paragraph" || w.shape === "quote" || w.shape === "list-item";
}

/**
 * The lines from `from` up to the second body line (a standfirst, then the text), the head's byline and date lines
 * among them; each line's kind is read as the loop reaches it, so what the loop changes counts.
 */
function* toSecondBody(ws: Work[], from: number): Generator<number> {
  for (let i = from, bodies = 0; i < ws.length; i++) {
    if (!ws[i].kind && isBody(ws[i]) && ++bodies > 1) return;
    yield i;
  }
}

// A letter of a script other than Latin.
export const OTHER_SCRIPT_LETTER_RE = /[^\P{L}\p{Script=Latin}]/u;
// Every code unit such a letter can hold (from "µ", Greek and modifier letters, then Greek to Ethiopic and beyond, the
// letterlike symbols, surrogates): French text, its apostrophes and dashes outside it, is let through 4 to 5 times
// faster than by the test of scripts alone (54,126 lines of 4,000 bench seeds in 50 ms against 240).
export const MAY_HOLD_OTHER_SCRIPT_RE = /[\u00b5\u02b9-\u1fff\u2102-\u214f\u2c00-\uffff]/;

/**
 * Mostly letters of a script other than Latin (Arabic, Cyrillic, Chinese…): at least 4 of them, 4 in 5 of the letters.
 */
/** A greeting twice, short, no figures: "Malo te ma'uli ! Malo le ma'uli !". */
function isGreeting(v: string): boolean {
  const parts = v.split("!").map((p) => p.trim()).filter(Boolean);
  if (v.length > GREETING_MAX || !/!$/u.test(v) || /[\d?:.,;«»"]/u.test(v) || parts.length !== 2 || parts.some((p) => p.split(/\s+/u).length > 4)) return false;
  // The same greeting twice, in two languages close to each other ("Joyeux Nauryz à tous !" under its Kazakh heads a
  // page's news).
  const [a, b] = parts.map((p) => new Set(p.toLowerCase().split(/\s+/u)));
  return [...a].filter((word) => b.has(word)).length >= 2;
}
// The longest such greeting.
const GREETING_MAX = 60;

/** A line shaped as a headline, of five words or more (a site's name or a section's label is shorter). */
function isHeadline(w: Work): boolean {
  return !w.kind && w.shape === "heading" && w.v.split(/\s+/u).length >= HEADLINE_WORDS;
}
// The fewest words of a headline.
const HEADLINE_WORDS = 5;

/** A name in another script beside its French one, a bar between: "المملكة اليوم | Le Royaume Aujourd’hui". */
function isNameInTwoScripts(v: string): boolean {
  const halves = v.split(/\s\|\s/u);
  return halves.length === 2 && !/[\d«»"“”„.!?:]/u.test(v) && halves.every((h) => h.trim().split(/\s+/u).length <= 5) && otherScript(halves[0]) !== otherScript(halves[1]);
}

function otherScript(v: string): boolean {
  // Most lines hold no such letter: they are not counted.
  if (!MAY_HOLD_OTHER_SCRIPT_RE.test(v) || !OTHER_SCRIPT_LETTER_RE.test(v)) return false;
  let latin = 0;
  let other = 0;
  for (const c of v) {
    if (/\p{Script=Latin}/u.test(c)) latin++;
    else if (/\p{L}/u.test(c)) other++;
  }
  return other >= 4 && other >= 4 * latin;
}

/** True when one of the `n` lines with words above line `i` passes `test`. */
function someAbove(ws: Work[], i: number, n: number, test: (w: Work) => boolean): boolean {
  for (let j = prevText(ws, i), k = 0; j >= 0 && k < n; j = prevText(ws, j), k++) if (test(ws[j])) return true;
  return false;
}

/** The first line of prose no rule has claimed yet, or -1: where the page's head ends. */
function firstProseAt(ws: Work[]): number {
  return ws.findIndex((w) => !w.kind && isProse(w));
}

/** The last line of prose no rule has claimed yet, or -1: where the text ends. */
function lastProseAt(ws: Work[]): number {
  for (let i = ws.length - 1; i >= 0; i--) if (!ws[i].kind && isProse(ws[i])) return i;
  return -1;
}

/** True when no such line of prose stands above line `i`. */
function inPageHead(ws: Work[], i: number): boolean {
  const p = firstProseAt(ws);
  return p < 0 || p >= i;
}

function isProse(w: Work): boolean {
  return (w.shape === "paragraph" || w.shape === "quote") && w.v.length >= LONG_PARAGRAPH && endsSentence(w.v);
}

/**
 * A newsletter in plain text sets its masthead and its sections' names between rules: "=====" / "LA LETTRE D'EURASIE" /
 * "… – Analyses, débats, prospective" / "N° 112 – 13 novembre 2025" / "=====", then "-----" / "1. L'ANALYSE" / "-----".
 * The masthead is the newsletter's; with two sections or more, the text is the first one's: the contents announcing
 * them ("1. L'analyse : …", "2. Trois questions à…") and the sections after it are the newsletter's other items.
 */
// An e-reader's line over each clipping of its export ("My Clippings"): its kind, its place, the day it was made: "-
// Votre surlignement à l'emplacement 4-7 | Ajouté le mercredi 12 mars 2025 22:14:03".
const CLIPPING_META_RE = /^-\s(?:[Vv]otre|[Yy]our)\s([Ss]urlignement|[Nn]ote|[Ss]ignet|[Hh]ighlight|[Bb]ookmark)\b.*\|\s*(?:[Aa]jouté le|[Aa]dded on)\s/u;
// The rule closing each clipping.
const CLIPPING_RULE_RE = /^={10}$/u;
// The source after a clipping's title: "Mer Caspienne : … le corridor médian (Le Courrier eurasien)".
const CLIPPING_SOURCE_RE = /^(.*\S)(\s+\([^()]{2,60}\))$/u;

/**
 * An e-reader's export of highlights: each clipping the text's title and source, the reader's line (kind, place, day),
 * the highlighted text, a rule. The first clipping's title is the headline (its source is cut); the highlights of that
 * text are its text; the other lines, the reader's own notes and bookmarks, and clippings of other books are the
 * reader's, and the days it gives are when the reader highlighted, not when the text was published.
 */
function clippings(ws: Work[]): void {
  const metas = ws.flatMap((w, i) => (CLIPPING_META_RE.test(w.v) ? [i] : []));
  // The export opens on its first clipping's title (highlights pasted into a page are the page's).
  const top = ws.findIndex((w) => w.shape !== "blank");
  if (metas.length < 2 || metas[0] !== top + 1 || !ws.some((w) => CLIPPING_RULE_RE.test(w.v))) return;
  const main = ws[metas[0] - 1].v;
  for (const [k, m] of metas.entries()) {
    const title = m - 1;
    let end = m + 1;
    while (end < ws.length && !CLIPPING_RULE_RE.test(ws[end].v)) end++;
    const kind = CLIPPING_META_RE.exec(ws[m].v)![1].toLowerCase();
    const other = ws[title].v !== main;
    const dropText = other || !/surlignement|highlight/u.test(kind);
    for (let j = title; j <= Math.min(end, ws.length - 1); j++) {
      if (ws[j].shape === "blank") continue;
      const text = j > m && j < end;
      if (text && !dropText) continue;
      if (j === title && k === 0) {
        const source = CLIPPING_SOURCE_RE.exec(ws[j].v);
        if (source) Object.assign(ws[j], { v: source[1], cut: { removed: source[2].trim(), kept: source[1], reason: "the text's source, as the e-reader writes it after the title" } });
        ws[j].shape = "heading";
        continue;
      }
      const reason = !text ? "the e-reader's clipping line" : other ? "a clipping from another text" : "the reader's own note or bookmark";
      Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason, metaDate: undefined, byline: undefined });
    }
  }
}

// The label over an article a press review gives in full, in its annex: "ANNEXE – TEXTE INTÉGRAL".
const ANNEX_LABEL_RE = /^annexe(?:\s+\d{1,2})?\s*[–—:-]\s*(?:texte intégral|article intégral|texte complet)(?:\s+de l['’]article)?\s*:?$/iu;
// A press review naming itself: "REVUE DE PRESSE ASIE CENTRALE N° 231", "Synthèse de presse", "Veille médias".
const PRESS_REVIEW_RE = /(?<!\p{L})(?:revue de presse|synthèse de presse|veille (?:médias|presse)|press review)(?!\p{L})/iu;
// The lines of its head where it does.
const REVIEW_HEAD_LINES = 8;
// Where that text ends: "Fin du texte".
const ANNEX_END_RE = /^fin (?:du texte|de l['’]article|de l['’]annexe)\.?$/iu;

/**
 * A press review's note with the one article it gives in full in its annex ("REVUE DE PRESSE … N° 231" / its contents
 * and summaries / "ANNEXE – TEXTE INTÉGRAL" / the source / the article / "Fin du texte" / the desk's comment): the
 * article is the page's text; the note around it is the desk's (its day, the review's, dates the page).
 */
function annexedText(ws: Work[]): void {
  const at = ws.findIndex((w) => ANNEX_LABEL_RE.test(w.v));
  // The note names itself at its head ("REVUE DE PRESSE ASIE CENTRALE N° 231"): an article with a declaration in full
  // in its annex, or a list of its documents, is an article.
  const first = ws.flatMap((w, i) => (w.shape !== "blank" ? [i] : [])).slice(0, REVIEW_HEAD_LINES);
  if (at < 0 || !first.some((i) => i < at && PRESS_REVIEW_RE.test(ws[i].v)) || !ws.slice(at + 1).some(isProse)) return;
  const end = ws.findIndex((w, i) => i > at && ANNEX_END_RE.test(w.v));
  for (let i = 0; i < ws.length; i++) {
    if ((i > at && (end < 0 || i < end)) || ws[i].shape === "blank") continue;
    Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: i < at ? "the press review's note over the text it gives in full" : i === at || i === end ? "the press review's label around the text it gives in full" : "the press review's note after the text it gives in full", byline: undefined });
  }
}

// A news aggregator's line naming a source and how long ago it published: "L’Écho des steppes · il y a 6 heures",
// "EuroActu Vidéo · il y a 8 heures · 1:24", "Le Quotidien de Genève · hier".
const SOURCE_STAMP_RE = /^(?:@\w{2,30}|\p{Lu}[^·|]{1,50}?)(?:\s·\s\p{Lu}[^·|]{1,30}?)?\s·\s(?:il y a \d{1,2}\s?(?:min|minutes?|h|heures?|j|jours?)|\d{1,2}\s?(?:min|h|j)|hier|aujourd['’]hui)(?:\s·\s\d{1,2}:\d{2})?$/u;
// The most such lines an ordinary page shows (a news site's related links, each with its age, are teasers already).
const SOURCE_STAMPS_MIN = 3;
// How long ago a source published, alone on its line: "il y a 5 heures", "Hier".
const SOURCE_AGE_RE = /^(?:il y a \d{1,2}\s?(?:min|minutes?|h|heures?|j|jours?)|hier|aujourd['’]hui)$/iu;
// Words of a source's name, at most: "AP via Le Quotidien du Nord".
const SOURCE_NAME_WORDS = 6;
// An aggregator's label over one story's coverage: "Couverture complète".
const COVERAGE_LABEL_RE = /^(?:couverture complète|full coverage|tous les articles sur ce sujet)$/iu;
// The aggregator's link to the article on its source's site: "Voir l’article sur L’Écho des steppes".
const SOURCE_LINK_RE = /^(?:voir|lire) l['’]article(?: complet| original)? sur \p{Lu}[^.!?]{1,60}$/iu;

/**
 * A news aggregator's page over one article ("Couverture complète"): the other sources' items, each its source and age
 * over its headline, are the aggregator's, as is its link to the article's site; the article is the item whose headline
 * a byline or the text follows, its source's line a credit.
 */
function aggregatorItems(ws: Work[]): void {
  // Each over a headline (readers' names and ages over their comments are no sources' items).
  const headlineAt = (i: number) => i < ws.length && !ws[i].kind && (ws[i].shape === "heading" || ws[i].shape === "quote");
  // (Or its source and its age a line each, over or under its headline: "AP via Le Quotidien du Nord" / "il y a 5
  // heures" / the headline, "Radio Continent" / the headline / "il y a 4 heures", under its label "Couverture
  // complète": a press review's items have the same lines.)
  const age = (i: number) => i < ws.length && SOURCE_AGE_RE.test(ws[i].v);
  const source = (i: number) => !ws[i].kind && ws[i].shape === "heading" && countWords(ws[i].v) <= SOURCE_NAME_WORDS && !/[.!?:«»"]/u.test(ws[i].v);
  const coverage = ws.some((w) => COVERAGE_LABEL_RE.test(w.v));
  const items = ws.flatMap((w, i) => {
    if (!w.kind && SOURCE_STAMP_RE.test(w.v) && headlineAt(i + 1)) return [{ i, h: i + 1, age: -1 }];
    if (!coverage || !source(i)) return [];
    if (age(i + 1) && headlineAt(i + 2)) return [{ i, h: i + 2, age: i + 1 }];
    return headlineAt(i + 1) && age(i + 2) ? [{ i, h: i + 1, age: i + 2 }] : [];
  });
  // The aggregator names itself: its link to the article's site, or its label "Couverture complète" (a live page's
  // entries and a daily's box of dispatches stand the same way).
  if (items.length < SOURCE_STAMPS_MIN || !(coverage || ws.some((w) => SOURCE_LINK_RE.test(w.v)))) return;
  const textFrom = ws.findIndex(isProse);
  // (The article's item first, over the page's prose: an app's screen the text shows has the same lines.)
  if (textFrom >= 0 && items[0].i > textFrom && items.some((x) => x.age >= 0)) return;
  let article = false;
  for (const { i, h, age: at } of items) {
    const after = nextText(ws, h);
    // The article's item: its headline over its byline or its text, before any text.
    if (!article && (textFrom < 0 || i < textFrom) && after < ws.length && (ws[after].byline || isByline(ws[after].v) || isProse(ws[after]))) {
      // (Over its age on a line of its own, the source's name is the aggregator's label, as its other items have it.)
      if (at < 0) Object.assign(ws[i], { shape: "credit", kind: "credit" });
      else for (const j of [i, at]) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: j === at ? "site furniture (publication time (metadata))" : "site furniture (the article's source in a news aggregator)" });
      // Above the article's source, the aggregator's head: its name, search, menu, the topic's title, "À la une".
      for (let j = 0; j < i; j++) if (!ws[j].kind && ws[j].shape !== "blank") Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "the news aggregator's head" });
      article = true;
      continue;
    }
    for (const j of at >= 0 ? [i, h, at] : [i, h]) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "another source's item in a news aggregator" });
  }
  for (const w of ws) if (!w.kind && SOURCE_LINK_RE.test(w.v)) Object.assign(w, { shape: "furniture", kind: "furniture", reason: "the aggregator's link to the article's site" });
}

// A rule across the page drawn with box characters: "────────" (see RULE_LINE_RE for "========").
const BOX_RULE_RE = /^[─━═]{8,}$/u;
// A field of a reading tool's header: "Flux : Eurasie Hebdo » Diplomatie", "★ Enregistré le 4 févr. 2026 à 08:52".
const READER_FIELD_RE = /^(?:[★☆✓•]\s*)?\p{Lu}[\p{Ll}'’ ]{1,25}\s?:\s\S/u;
// A field only a reading tool writes: "★ Enregistré le …", "Lien d'origine : …", "Flux : …", "Saved …".
const READER_TOOL_FIELD_RE = /^(?:[★☆✓•]\s*)?(?:enregistré le|ajouté le|sauvegardé le|lien d['’]origine|url d['’]origine|article d['’]origine|flux\s?:|saved (?:on|at)|original (?:link|url))(?!\p{L})/iu;
// The most lines such a header holds.
const READER_HEADER_LINES = 10;

/**
 * A reading tool's header over the page it saved, its fields then a rule ("Lectorium RSS — Articles enregistrés" /
 * "Flux : Eurasie Hebdo » Diplomatie" / "Dossier : Veille Asie centrale" / "★ Enregistré le 4 févr. 2026 …" / "Lien
 * d'origine : https://…" / "Ouvrir dans le navigateur  |  …" / "────"), the headline under it: the tool's, and the day
 * it was saved is not the page's.
 */
function readerHeader(ws: Work[]): void {
  const rule = ws.findIndex((w) => RULE_LINE_RE.test(w.src.text.trim()) || BOX_RULE_RE.test(w.src.text.trim()));
  if (rule < 0) return;
  const above = ws.slice(0, rule).filter((w) => w.shape !== "blank");
  if (above.length < 3 || above.length > READER_HEADER_LINES || above.some((w) => isProse(w) || w.email) || above.filter((w) => READER_FIELD_RE.test(w.v)).length < 2) return;
  // One field only a reading tool writes: when it saved the page, where from (a site's "Édition : …", an e-mail's
  // "Envoyé : …", a release's "Date : …" are the page's own).
  if (!above.some((w) => READER_TOOL_FIELD_RE.test(w.v))) return;
  const n = nextText(ws, rule);
  if (n >= ws.length || ws[n].shape !== "heading" || !ws.slice(n).some(isProse)) return;
  for (let i = 0; i <= rule; i++) {
    if (ws[i].shape !== "blank") Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "the reading tool's header", metaDate: undefined, byline: undefined });
  }
}

function newsletterBoxes(ws: Work[]): void {
  // Only an e-mail: its header or its unsubscribe link (a report in plain text boxes its title and sections too).
  if (!ws.some((w) => w.email || UNSUBSCRIBE_RE.test(w.v))) return;
  const isRule = (w: Work) => RULE_LINE_RE.test(w.src.text.trim());
  const boxes: number[][] = [];
  for (let i = 0; i < ws.length; i++) {
    if (!isRule(ws[i])) continue;
    let j = i + 1;
    while (j < ws.length && j - i <= NEWSLETTER_BOX_LINES && ws[j].shape !== "blank" && !isRule(ws[j])) j++;
    if (j < ws.length && j > i + 1 && isRule(ws[j])) {
      boxes.push(Array.from({ length: j - i - 1 }, (_, k) => i + 1 + k));
      i = j;
    }
  }
  if (boxes.length === 0) return;
  const firstProse = ws.findIndex(isProse);
  const [top] = boxes;
  if ((firstProse < 0 || top[0] < firstProse) && top.some((i) => NEWSLETTER_ISSUE_RE.test(ws[i].v) || findDates(ws[i].v).length > 0)) {
    for (const i of top) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "the newsletter's masthead (its name, tagline and issue)" });
  }
  const sections = boxes.filter((b) => b.length === 1 && SECTION_NUMBER_RE.test(ws[b[0]].v)).map((b) => b[0]);
  if (sections.length < 2) return;
  for (const i of sections) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "the newsletter's section name" });
  const names = sections.map((i) => foldForRepeat(ws[i].v));
  let announced = 0;
  for (let i = 0; i < sections[0]; i++) {
    const item = foldForRepeat(ws[i].v);
    // Its items may be read as a contents box already ("AU SOMMAIRE" over them).
    if ((ws[i].shape !== "list-item" && !/table of contents/.test(ws[i].reason ?? "")) || !names.some((n) => item.startsWith(n) || n.startsWith(item))) continue;
    Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "the newsletter's contents" });
    announced++;
  }
  // The other sections are the newsletter's other items when its contents announced them.
  if (announced < 2 || !ws.slice(sections[0], sections[1]).some(isProse)) return;
  for (let i = sections[1] - 1; i < ws.length; i++) {
    if (ws[i].shape !== "blank" && ws[i].kind !== "furniture") Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "another item of the newsletter" });
  }
}

// A video's transcript: its label, then the times its lines start at ("Transcription" / "0:00" / "[Musique]" / "0:07" /
// "à Khorgos à quelques centaines de mètres …").
const TRANSCRIPT_LABEL_RE = /^(?:transcription|transcript)\s*:?$/iu;
const TRANSCRIPT_TIME_RE = /^\d{1,2}:\d{2}(?::\d{2})?$/u;

// The agencies a text is credited to, on their own line: "Avec AFP", "(Avec Reuters)" (a card's source, "AFP", is the
// card's).
const AGENCY_CREDIT_RE = /^\(?[Aa]vec (?:l['’])?(?:AFP|Reuters|AP|agences?)(?:\s(?:et|,)\s(?:l['’])?\S+){0,2}\)?\.?$/u;
// A chapter of a recording, its time and its title: "04:12 — Ce qui a été signé (et ce qui ne l'a pas été)".
const CHAPTER_RE = /^\d{1,2}:\d{2}(?::\d{2})?\s+[—–-]\s+\S.{0,150}$/u;

// A report's numbered proposals: "Recommandation n° 1 : plaider, au sein de l'Union européenne, …".
const PROPOSAL_RE = /^(?:[Rr]ecommandation|[Pp]roposition|[Mm]esure|[Ee]ngagement)\s(?:n°\s?)?\d{1,2}\s?:\s\S/u;

/**
 * Lines one under another that `item` accepts, three or more, from one `first` accepts too, are a list: a recording's
 * chapters from its start (a live page's entries start later: "20:45 — Le dîner d'État commence …"), a report's numbered
 * proposals of one sentence each.
 */
function listRuns(ws: Work[], item: (v: string) => boolean, first: (v: string) => boolean = () => true): void {
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].kind || !item(ws[i].v) || !first(ws[i].v)) continue;
    let end = i;
    while (end < ws.length && !ws[end].kind && item(ws[end].v)) end++;
    if (end - i >= 3) for (let j = i; j < end; j++) ws[j].shape = "list-item";
    i = end;
  }
}

/** Right under a video's "Transcription", the times alone on their lines are the player's, not intertitles. */
function transcriptTimes(ws: Work[]): void {
  const first = ws.findIndex((w) => TRANSCRIPT_LABEL_RE.test(w.v));
  if (first < 0) return;
  const times = ws.flatMap((w, i) => (i > first && TRANSCRIPT_TIME_RE.test(w.v) ? [i] : []));
  // The first right under the label (the last before it), or under its first chapter's title ("Transcription" /
  // "Chapitre 1 : Introduction" / "0:00").
  let at = times.length > 0 ? times[0] - 1 : -1;
  while (at > first && !TRANSCRIPT_LABEL_RE.test(ws[at].v)) at--;
  if (times.length < 3 || (times[0] !== nextText(ws, at) && times[0] !== nthText(ws, at, 2))) return;
  for (const i of times) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (the transcript's times)" });
}

// A channel's count of followers: "214 k abonnés", "Chaîne · 18,7 k abonnés".
const FOLLOWERS_RE = /^(?:(?:chaîne|canal|channel)\s*[·•]\s*)?\d[\d\s\u00a0\u202f,.]*[kKM]?\s+(?:abonnés?|followers|membres)$/iu;

/**
 * A channel's name right over its count of followers: "Regards d'Eurasie" / "214 k abonnés" (a person's, "Écrit par
 * Antoine Besson" included, is a credit).
 */
function channelNames(ws: Work[]): void {
  for (let i = 1; i < ws.length; i++) {
    const p = ws[i - 1];
    if (!FOLLOWERS_RE.test(ws[i].v) || p.shape === "blank" || p.byline || (p.kind ?? p.shape) === "furniture") continue;
    // Before the text only: an article's list of accounts sets each over its followers ("Akorda" / "2,1 M abonnés").
    if (ws.slice(0, i).some(isProse)) return;
    if (p.v.split(/\s+/u).length <= 5 && !/[.!?:]$/u.test(p.v) && !isPersonName(p.v)) {
      Object.assign(p, { shape: "furniture", kind: "furniture", reason: "site furniture (the channel's name)" });
      // Printed again over its post, before the text: the channel's too.
      for (let j = i + 1; j < ws.length && !isProse(ws[j]); j++) if (!ws[j].kind && ws[j].v === p.v) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (the channel's name)" });
    }
  }
}

/**
 * An alert e-mail pasted over the article opened from it: its items, then its footer ("Se désabonner | …"), then the
 * article's page. Everything to the footer is the e-mail's when the text that follows holds more prose than it.
 */
function alertOverArticle(ws: Work[]): void {
  if (!ws.some((w) => w.email)) return;
  // (Its own opening, "Vous recevez ce message car vous êtes inscrit …", is no footer.)
  const footer = ws.findIndex((w) => /^se (?:désabonner|désinscrire)\b/iu.test(w.v) && w.v.length <= 160);
  if (footer < 0) return;
  const before = ws.slice(0, footer).filter(isProse).length;
  const after = ws.slice(footer + 1).filter(isProse).length;
  if (after < 3 || after <= before) return;
  for (let i = 0; i <= footer; i++) {
    if (ws[i].shape !== "blank" && (ws[i].kind ?? ws[i].shape) !== "furniture") Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "the alert e-mail over the article (its items)", teaser: undefined });
  }
}

// A forum's community and member alone on their lines, its deleted posts: "r/GeopolitiqueFR", "u/steppe_et_caspienne",
// "[supprimé]".
const FORUM_LINE_RE = /^(?:r\/[\p{L}\d_]{2,30}|u\/[\p{L}\d_-]{2,30}(?:\sOP)?|\[supprimé\])$/u;
// A newsletter platform's links: "Lire sur le site", "Passer à l'abonnement payant".
const NEWSLETTER_LINK_RE = /^(?:lire sur le site|passer à l['’]abonnement payant)$/iu;

// Another wiki's head and its maintenance banners, in the wording Wikipédia set: "Un article de l'encyclopédie
// collaborative Agorapédia.", "Cet article ne cite pas suffisamment ses sources (novembre 2017).", "Si vous disposez
// d'ouvrages ou d'articles de référence …, merci de compléter l'article …", "Cet article est une ébauche concernant …. Vous
// pouvez partager vos connaissances en l'améliorant …".
const WIKI_BANNER_RE = /^(?:un article de l['’]encyclopédie (?:libre|collaborative|en ligne)(?: \p{Lu}[\p{L}-]{2,30})?\.?|cet article ne cite (?:pas suffisamment ses|aucune) sources?(?: \([^()]{3,30}\))?\.?|cet article est une ébauche concernant\s[^«»"]{0,200}vous pouvez partager vos connaissances\b[^«»"]{0,200}|si vous disposez d['’]ouvrages ou d['’]articles de référence\s[^«»"]{0,400}(?:compléter l['’]article|références utiles)[^«»"]{0,200}|en pratique\s?:\s?quelles sources sont attendues\s?\?.{0,80})$/iu;

/** A wiki's banners over its entry, before its text (quoted in an article, they are its). */
function wikiBanners(ws: Work[]): void {
  const prose = ws.findIndex((w) => !w.kind && isProse(w) && !WIKI_BANNER_RE.test(w.v));
  for (let i = 0; i < (prose < 0 ? ws.length : prose); i++) if (!ws[i].kind && ws[i].shape !== "blank" && WIKI_BANNER_RE.test(ws[i].v)) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (encyclopedia page furniture)" });
}

// Wikipédia's line under an entry's title and tabs, and the tabs themselves one to a line: "4 langues" / "Article" /
// "Discussion" / "Lire" / "Modifier" / "Modifier le code" / "Voir l'historique" / "Outils".
const WIKIPEDIA_LINE_RE = /^un article de wikipédia, l['’]encyclopédie libre\.?$/iu;
const WIKI_TAB_LINE_RE = /^(?:\d{1,3} langues?|(?:article|discussion|lire|modifier(?: le code)?|voir l['’]historique|outils|afficher|plus)(?:\s+(?:article|discussion|lire|modifier(?: le code)?|voir l['’]historique|outils|afficher|plus))*)$/iu;
/** The line of Wikipédia's page above which a copy holds only its menus, its contents and the entry's title. */
const WIKIPEDIA_HEAD_LINES = 120;

/**
 * A copy of a Wikipédia page: above the entry's title and its tabs, over "Un article de Wikipédia, l'encyclopédie
 * libre.", every line is the site's (its menus, their buttons, the contents), however they read.
 */
function wikipediaHead(ws: Work[]): void {
  const b = ws.findIndex((w) => w.src.line <= WIKIPEDIA_HEAD_LINES && WIKIPEDIA_LINE_RE.test(w.v));
  if (b < 0) return;
  let t = prevText(ws, b);
  let languages = false;
  while (t >= 0 && WIKI_TAB_LINE_RE.test(ws[t].v)) {
    languages ||= /langues?$/iu.test(ws[t].v);
    t = prevText(ws, t);
  }
  // (Its count of languages among the tabs, and no prose above: a blog setting out a page's top for its readers,
  // "Abaï Kounanbaïev" / "Article" / "Discussion" / the banner, under its own text, is the text.)
  if (t <= 0 || !languages || !inPageHead(ws, t)) return;
  for (let i = 0; i < t; i++) if (ws[i].shape !== "blank" && ws[i].kind !== "furniture") Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (the wiki's menus and contents)" });
}

// A tag behind its sign, alone on its line, its words spaced as a news agency writes them: "#Kazakhstan et France",
// "#MAE".
const HASHTAG_LINE_RE = /^#[\p{L}\p{N}_][\p{L}\p{N}_'’ -]{0,40}$/u;

/**
 * The page's tags a line each, two or more one under another, with none of the text after them: "#Kazakhstan et
 * France" / "#MAE" / "#Diplomatie".
 */
function hashtagLines(ws: Work[]): void {
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].kind || !HASHTAG_LINE_RE.test(ws[i].v)) continue;
    let end = i;
    while (end < ws.length && !ws[end].kind && HASHTAG_LINE_RE.test(ws[end].v)) end++;
    // (Not introduced by the text, "… dans cet ordre :", nor followed by it: a campaign's hashtags the text lists.)
    const n = nextText(ws, end - 1);
    const introduced = afterColon(ws, i);
    const followed = n < ws.length && !ws[n].kind && ws[n].shape !== "furniture";
    if (end - i >= 2 && !introduced && !followed) for (let j = i; j < end; j++) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (tag list of the source site)" });
    i = end;
  }
}

// A pager's label to the article before or after: "← Article précédent", "Article suivant ▶".
const PAGER_LABEL_RE = /^(?:[←◀«‹<]\s*)?(?:article|billet|actualité|publication|post|nouvelle|communiqué)s? (?:précédente?|suivante?)(?:\s*[→▶»›>])?$/iu;
/** Words of the title a pager's label names, at most. */
const PAGER_TITLE_WORDS = 20;

/** Under a pager's label, the title of the article it leads to: "← Article précédent" / "Rencontre avec …". */
function pagerTitles(ws: Work[]): void {
  // Under the text only: over it, "‹ Article précédent" may stand over the page's own headline and its day.
  const prose = firstProseAt(ws);
  for (let i = prose < 0 ? ws.length : prose + 1; i < ws.length; i++) {
    // (A link with its arrow: "Communiqué suivant" over a quotation, "Nouvelle suivante" over a story's title, head the
    // text's parts.)
    if (!PAGER_LABEL_RE.test(ws[i].v) || !/[←◀«‹<→▶»›>]/u.test(ws[i].v)) continue;
    const n = nextText(ws, i);
    if (n < ws.length && !ws[n].kind && !ws[n].metaDate && !/^©/u.test(ws[n].v) && countWords(ws[n].v) <= PAGER_TITLE_WORDS && !PAGER_LABEL_RE.test(ws[n].v) && !/[.!]$/u.test(ws[n].v)) Object.assign(ws[n], { shape: "furniture", kind: "furniture", reason: "site furniture (the title a pager leads to)" });
  }
}

// Two or three languages' codes between slashes, French or English among them: "FR / EN", "EN / FR / RU".
const SLASHED_CODES_RE = /^(?=.*(?:FR|EN))(?:FR|EN|RU|KZ|KK|DE|ES|IT|ZH|AR|TR)(?:\s?\/\s?(?:FR|EN|RU|KZ|KK|DE|ES|IT|ZH|AR|TR)){1,2}$/u;

// A site's button to follow it: "Activer les notifications" (in a guide's steps, the text's).
const NOTIFY_BUTTON_RE = /^activer les (?:notifications|alertes)$/iu;
// A regional daily's edition chooser, its menu's arrow after it (see headSiteTools).
const EDITION_CHOOSER_RE = /^(?:votre|choisir (?:votre|une)|changer d['’]) ?édition\s?:\s?[^.!?]{2,50}\s?[▾▼⌄]$/iu;

/** Over the text's first prose, the site's tools: a language switcher of codes between slashes, "FR / EN" (in the
 * text, a film's subtitles, a school's or a translator's languages); its button "Activer les notifications"; a
 * regional daily's edition chooser, "Votre édition : Grenoble et agglomération ▾" (a text may tell how to use it); a
 * feed reader's feeds, a mail client's lines, a travel advice's validity stamp, the republic's motto; and, down to
 * that prose, a members' notice; anywhere, a breadcrumb set one link a line (each as its comment says). */
function headSiteTools(ws: Work[]): void {
  // A breadcrumb set one link a line under its label, from the home page to a blank line: "Vous êtes ici :" /
  // "Accueil" / "Pays" / "Kazakhstan" / "Revue de presse" / "Revue de presse du 12/03/2025".
  for (let i = 0; i + 1 < ws.length; i++) {
    if (ws[i].kind || !/^(?:vous êtes ici|you are here)\s?:?$/iu.test(ws[i].v) || !/^(?:accueil|home)$/iu.test(ws[i + 1].v) || afterColon(ws, i)) continue;
    let end = i + 1;
    while (end < ws.length && end - i <= CRUMB_LINES_MAX && ws[end].v !== "" && countWords(ws[end].v) <= CRUMB_LINE_WORDS && !/[.!?]$/u.test(ws[end].v)) end++;
    // (The last link may be the page's own title, longer, printed again under the breadcrumb: "… / Actualités" /
    // "Visite d'une délégation ministérielle du Kazakhstan sur le site nucléaire du Tricastin" / blank / the same.)
    if (end + 1 < ws.length && ws[end].v !== "" && ws[end + 1].v === "" && countWords(ws[end].v) <= CRUMB_TITLE_WORDS && ws[nextWithWords(ws, end)]?.v === ws[end].v) end++;
    if (end < ws.length && ws[end].v !== "") continue;
    for (let j = i; j < end; j++) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (breadcrumb or meta line)" });
  }
  const prose = firstProseAt(ws);
  // A members' bulletin's notice, down to its first sentence: "Réservé aux membres de la CCFK. Merci de ne pas
  // diffuser." (not one the text quotes after a colon).
  for (let i = 0; i < ws.length && (prose < 0 || i <= prose); i++) if (!ws[i].kind && MEMBERS_NOTICE_RE.test(ws[i].v) && !afterColon(ws, i)) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (members-only notice)" });
  const counted = (i: number) => i >= 0 && i < ws.length && !ws[i].kind && FEED_COUNT_RE.test(ws[i].v);
  for (let i = 0; i < (prose < 0 ? ws.length : prose); i++) {
    if (ws[i].kind) continue;
    // A feed reader's list of feeds, each with its unread count, three or more touching: "Astana Hebdo (12)" /
    // "Courrier des steppes (4)" / "Eurasianet (37)" (after a colon, a table of medals: "Kazakhstan (10)").
    if (counted(i) && !counted(i - 1)) {
      let end = i;
      while (counted(end)) end++;
      if (end - i >= FEED_LIST_MIN && !afterColon(ws, i)) for (let j = i; j < end; j++) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (navigation menu or tag list)" });
    } else if (SLASHED_CODES_RE.test(ws[i].v)) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (language switcher)" });
    // (Beside the site's lines: a guide's summary lists "Installer l'application" / "Activer les notifications" / ….)
    else if (NOTIFY_BUTTON_RE.test(ws[i].v) && [prevText(ws, i), nextText(ws, i)].some((j) => j >= 0 && j < ws.length && (ws[j].kind ?? ws[j].shape) === "furniture")) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (navigation link)" });
    else if (EDITION_CHOOSER_RE.test(ws[i].v) && !afterColon(ws, i)) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (navigation link)" });
    // A mail client's lines over a newsletter: its sender over its unsubscribe link, "La Semaine centrasiatique
    // <bonjour@…> Se désabonner", and the one it was sent to, "À moi"; a travel advice's day it was last checked,
    // "Informations toujours valides le : 18 novembre 2025" (after a colon, what the text quotes).
    else if (MAIL_CLIENT_LINE_RE.test(ws[i].v) && !afterColon(ws, i)) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (e-mail newsletter furniture)" });
    else if (STILL_VALID_RE.test(ws[i].v) && !afterColon(ws, i)) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (the travel advice's validity stamp)" });
    // The republic's motto in three lines under its emblem, "Liberté" / "Égalité" / "Fraternité" (after a colon, the
    // text's epigraph).
    else if (ws[i].v === "Liberté" && !afterColon(ws, i)) {
      const j = nextWithWords(ws, i), k = j < 0 ? -1 : nextWithWords(ws, j);
      if (k >= 0 && ws[j].v === "Égalité" && ws[k].v === "Fraternité") for (const x of [i, j, k]) Object.assign(ws[x], { shape: "furniture", kind: "furniture", reason: "site furniture (the state's motto)" });
    }
  }
}

const FEED_COUNT_RE = /^\p{Lu}[^()]{1,40}\s\(\d{1,4}\)$/u;
const FEED_LIST_MIN = 3;
const MAIL_CLIENT_LINE_RE = /^(?:[^<>@«»]{2,60}\s<[^<>\s@]+@[^<>\s]+>\s+se désabonner|à moi)$/iu;
const STILL_VALID_RE = /^informations toujours valides (?:le|au)\s?:?\s?\d{1,2}(?:er)? \p{L}+ \d{4}$/iu;
const MEMBERS_NOTICE_RE = /^(?:contenu |document |bulletin )?réservée? aux (?:membres|adhérents|abonnés)(?: (?:de|du|de la|de l['’]|des) ?[^.!?«»]{1,60})?\.\s(?:merci de ne pas (?:le |la |les )?(?:diffuser|transférer|partager)|ne pas (?:diffuser|transférer)|diffusion (?:interdite|restreinte))\.?$/iu;
/** Whether line i, or the first of the lines like it right above it, follows a colon: a text showing an interface. */
function introducedLike(ws: Work[], i: number, re: RegExp): boolean {
  let j = i;
  for (let p = prevText(ws, j); p >= 0 && re.test(ws[p].v); p = prevText(ws, p)) j = p;
  return afterColon(ws, j);
}

/** An interface's own lines where the interface stands (see TRANSLATION_BAR_RE). */
function interfaceLines(ws: Work[]): void {
  const prose = firstProseAt(ws);
  const head = (i: number) => prose < 0 || i < prose;
  const first = ws.findIndex((w) => w.v !== "");
  const notebook = first >= 0 && /^exportation du carnet de notes/iu.test(ws[first].v);
  const feedReader = ws.some((w, i) => head(i) && /^(?:\+\s?ajouter un flux|rss \d\.\d{1,2}\s[·|]\s)/iu.test(w.v));
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].kind) continue;
    const v = ws[i].v;
    const like = (re: RegExp) => re.test(v) && !introducedLike(ws, i, re);
    const reason = head(i) && like(TRANSLATION_BAR_RE) ? "the browser's translation bar" : head(i) && (like(LOGIN_FORM_RE) || like(MEMBERS_LOGIN_RE)) ? "login form" : feedReader && like(FEED_READER_RE) ? "the feed reader's tools" : notebook && NOTEBOOK_RE.test(v) ? "the e-reader's notebook" : like(REPLY_SETTING_RE) ? "a social network's buttons and counters" : ws[i].src.line <= UN_HEAD_LAST_LINE && like(UN_AGENDA_ITEM_RE) ? "the document's agenda item" : like(UN_JOB_NUMBER_RE) ? "the document's processing number" : null;
    if (reason) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: `site furniture (${reason})` });
  }
}

/**
 * Links of a breadcrumb set one a line, at most, with its label; words of each, at most (of its last, the page's title
 * printed again under it).
 */
const CRUMB_LINES_MAX = 8;
const CRUMB_LINE_WORDS = 10;
const CRUMB_TITLE_WORDS = 20;

/** Text lines after a headline cut short within which the headline itself stands. */
const CUT_HEADLINE_REACH = 4;
/** Words of a headline cut short, at least. */
const CUT_HEADLINE_WORDS = 4;

/**
 * The headline cut short by an ellipsis, as a breadcrumb's last item or a tab's title gives it, over the headline
 * itself: "Consultations politiques entre les ministères des Affaires étrangères du Kazakhstan et…" / "Consultations
 * politiques … du Kazakhstan et de la France à Paris".
 */
function cutHeadlines(ws: Work[]): void {
  const prose = firstProseAt(ws);
  for (let i = 0; i < (prose < 0 ? ws.length : prose); i++) {
    const w = ws[i];
    if (w.kind || !/(?:…|\.\.\.)$/u.test(w.v)) continue;
    const stem = w.v.replace(/\s*(?:…|\.\.\.)$/u, "");
    // (Under the site's lines or a breadcrumb's item, not its day, over a headline that is no sentence: a headline
    // ending on "…" over its standfirst, a song's first verse over the verse whole, are the text's.)
    const p = prevText(ws, i);
    const siteLine = p >= 0 && !ws[p].metaDate && ((ws[p].kind ?? ws[p].shape) === "furniture" || (!ws[p].kind && countWords(ws[p].v) <= 3 && !/[.!?:]$/u.test(ws[p].v)));
    if (countWords(stem) < CUT_HEADLINE_WORDS || !siteLine) continue;
    for (let j = nextText(ws, i), k = 0; j < ws.length && k < CUT_HEADLINE_REACH; j = nextText(ws, j), k++) {
      if (ws[j].v.length > stem.length && ws[j].v.startsWith(stem) && !/[.!?…]$/u.test(ws[j].v)) {
        Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (the headline cut short)" });
        break;
      }
    }
  }
}

// A profile's facts, a label and a short value with a figure: "Classement WTA : 5e", "Titres en simple : 11"; its line
// of facts set apart by dots: "Née le 17 juin 1999 à Moscou (Russie) · 1,84 m · Droitière, revers à deux mains".
const CARD_FACT_RE = /^\p{Lu}[\p{L}'’ -]{2,40}\s?:\s?[^.!?:]{0,30}\d[^.!?:]{0,30}$/u;
const CARD_LINE_RE = /^[^·.!?]{2,60}(?:\s·\s[^·!?]{2,60}){2,}$/u;
/** Facts of a profile's card, at least, over its tabs. */
const CARD_MIN_FACTS = 2;

/**
 * A profile's card over its tabs, above the page's prose: its line of facts and its facts a line each, the site's
 * ("Née le … · 1,84 m · Droitière …" / "Classement WTA : 5e" / … / "Profil | Résultats | Statistiques | Actualités").
 * (Facts under the text's prose, or over no tabs, are a fact box's; a page's stamps, "Dernière mise à jour le : 3
 * février 2026", are its date lines.)
 */
function profileCard(ws: Work[]): void {
  const prose = firstProseAt(ws);
  for (let m = 0; m < (prose < 0 ? ws.length : prose); m++) {
    if (!/navigation menu/u.test(ws[m].reason ?? "")) continue;
    const facts: number[] = [];
    let j = prevText(ws, m);
    while (j >= 0 && !ws[j].kind && !ws[j].metaDate && CARD_FACT_RE.test(ws[j].v)) {
      facts.push(j);
      j = prevText(ws, j);
    }
    // (With its line of facts over them: an article's key figures over the site's sections have none.)
    if (facts.length < CARD_MIN_FACTS || j < 0 || ws[j].kind || !CARD_LINE_RE.test(ws[j].v)) continue;
    facts.push(j);
    for (const k of facts) Object.assign(ws[k], { shape: "furniture", kind: "furniture", reason: "site furniture (a profile's card)" });
  }
}

// A feed reader's link under the item's headline: "Ouvrir l'original", "Voir l'article original".
const ORIGINAL_LINK_RE = /^(?:ouvrir|voir|afficher|lire) l['’](?:article )?original(?:e)?$/iu;
/** The line of a feed reader's copy under which its link to the original no longer heads the item. */
const READER_ITEM_LAST_LINE = 60;

/**
 * An item copied from a feed reader: over the reader's link to the original, the item's headline; over the headline,
 * the reader's menus, folders and feeds and the feed's name, when no prose stands among them and the item's day stands
 * right over its headline ("Tableau de bord" / "Tous
 * les articles (214)" / … / "IEE – Analyses" / "2026-01-22 09:15" / the headline / "Ouvrir l'original"). Its date stays
 * read.
 */
function readerItemHead(ws: Work[]): void {
  const links = ws.flatMap((w, i) => (!w.kind && ORIGINAL_LINK_RE.test(w.v) ? [i] : []));
  // (One link, under a headline under its day: a press review's "Lire l'article original" under each item, a
  // tutorial's list of a reader's buttons, are the text's.)
  if (links.length !== 1 || ws[links[0]].src.line > READER_ITEM_LAST_LINE) return;
  const o = links[0];
  const t = prevText(ws, o);
  const day = t > 0 ? prevText(ws, t) : -1;
  if (t <= 0 || day < 0 || !ws[day].metaDate || ws[t].kind || countWords(ws[t].v) < 4 || /[.:!]$/u.test(ws[t].v) || isProse(ws[t]) || !inPageHead(ws, t)) return;
  Object.assign(ws[o], { shape: "furniture", kind: "furniture", reason: "site furniture (a feed reader's link to the original)" });
  ws[t].shape = "heading";
  for (let i = 0; i < t; i++) if (ws[i].shape !== "blank" && !ws[i].kind && !ws[i].metaDate) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (a feed reader's menus and feeds)" });
}

// An old board's post header (phpBB 2): "Message Posté le: Mar 11 Mar 2014 14:22    Sujet du message: Mutation à …",
// its two cells glued in a copy: "MessagePosté le: …".
const BOARD_POST_HEADER_RE = /^(?:message\s*)?posté le\s?:\s?(\S.{4,40}?)\s{2,}sujet du message\s?:.*$/iu;
// The board's lines around its posts: "Revenir en haut", "Voir le profil de l'utilisateur Envoyer un message privé",
// "Auteur Message", "Poster un nouveau sujet   Répondre au sujet", "Voir le sujet précédent :: Voir le sujet suivant",
// "Afficher les messages postés depuis: …", "Toutes les heures sont au format GMT + 1 Heure", "Vous ne pouvez pas
// poster de nouveaux sujets dans ce forum", "Profil   Se connecter pour vérifier ses messages privés   Connexion",
// "… Index du Forum -> Asie centrale et Caucase", a quotation's label ("Katia_Almaty a écrit:"), the page's title
// ("Forum Expat Asie centrale :: Voir le sujet - Visa de travail à Almaty …"), its software ("Powered by phpBB © 2001,
// 2005 phpBB Group").
const BOARD_LINK_RE = /^(?:revenir en haut|voir le profil de l['’]utilisateur\b.{0,60}|envoyer un message privé|auteur\s+message|poster un nouveau sujet(?:\s+répondre au sujet)?|répondre au sujet|voir le sujet précédent\s*::?\s*voir le sujet suivant|afficher les messages postés depuis\s?:.{0,80}|.{0,80}toutes les heures sont au format (?:gmt|utc)\b.{0,20}|vous (?:ne )?pouvez (?:pas )?(?:poster|répondre|éditer|supprimer|voter|joindre)\b.{0,60}\bce forum|(?:profil\s+)?se connecter pour vérifier ses messages privés\b.{0,40}|.{0,60}\bindex du forum\s*->.{0,100}|[\p{L}\d_.-]{2,30} a écrit\s?:|.{1,80}\s::\svoir le sujet\s-\s.{1,200}|(?:powered by|propulsé par) phpbb\b.{0,60})$/iu;
// A member's details beside their post: "Inscrit le: 03 Mar 2014", "Messages: 2", "Localisation: Pau".
const BOARD_PROFILE_FIELD_RE = /^(?:inscrit le|messages|localisation|âge|sexe|signe du zodiaque)\s?:\s?\S.{0,40}$/iu;
// How many lines a member's box over their post may take (their name, rank, avatar and details).
const BOARD_PROFILE_LINES = 7;

// The European Union's banner over its sites, its two lines together: "Site officiel de l'Union européenne" / "Tous les
// sites officiels de l'UE utilisent l'adresse du domaine europa.eu." (maybe over "Comment le vérifier ?", or with that
// question alone, "Comment savoir?"; a fact-check quoting one of them is the text's).
const UNION_BANNER_RE = /^(?:un )?site officiel de l['’]union européenne$/iu;
const UNION_BANNER_DOMAIN_RE = /^tous les sites officiels de l['’]ue utilisent l['’]adresse du domaine europa\.eu\.?$/iu;
const UNION_BANNER_CHECK_RE = /^comment (?:le vérifier|le savoir|savoir)\s?\?$/iu;

function unionBanner(ws: Work[]): void {
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].kind || !UNION_BANNER_RE.test(ws[i].v)) continue;
    const n = nextText(ws, i);
    // (Or its question right under it, not quoted under a colon: "Un site officiel de l'Union européenne" / "Comment
    // savoir?".)
    if (n < ws.length && UNION_BANNER_CHECK_RE.test(ws[n].v) && !afterColon(ws, i)) {
      for (const k of [i, n]) Object.assign(ws[k], { shape: "furniture", kind: "furniture", reason: "site furniture (the site's banner)" });
      continue;
    }
    if (n >= ws.length || !UNION_BANNER_DOMAIN_RE.test(ws[n].v)) continue;
    const check = nextText(ws, n);
    for (const k of check < ws.length && UNION_BANNER_CHECK_RE.test(ws[check].v) ? [i, n, check] : [i, n]) Object.assign(ws[k], { shape: "furniture", kind: "furniture", reason: "site furniture (the site's banner)" });
  }
}

// A portal's and a site's lines, in its head or under the text: its owner's notice ("Yahoo fait partie de la famille de
// marques Yahoo."), a menu's last item ("Plus..."), its search box ("Rechercher le site web..."), its offers
// ("Inscription gratuite", "Obtenir 50% de réduction"), its link to the rest of its partner's article ("Poursuivre la
// lecture"), a login box's tick ("Rester connecté"), a comment box's rules ("Vos réactions doivent respecter nos
// CGU.").
const PORTAL_LINES: [RegExp, string][] = [
  [/^\p{Lu}[\p{L}\d&.!' -]{1,30} fait partie de la famille de marques \p{Lu}[\p{L}\d&.!' -]{1,30}$/u, "the site's banner"],
  [/^plus\s?(?:\.\.\.|…)$/iu, "navigation link"],
  [/^(?:rechercher|chercher) (?:sur |dans )?(?:le|ce) site(?: web)?\s?(?:\.\.\.|…)?$/iu, "navigation link"],
  [/^(?:inscription gratuite|obtenir (?:jusqu['’]à )?\d{1,2}\s?% de réduction)$/iu, "subscription prompt"],
  [/^(?:poursuivre|continuer) la lecture$/iu, "reader tool"],
  [/^rester connectée?$/iu, "paywall notice"],
  [/^vos (?:réactions|commentaires) doivent respecter (?:nos|les) (?:CGU|conditions (?:générales )?d['’]utilisation|règles|la charte)\.?$/iu, "comment prompt or counter"],
];
// A movement's call to join, two such lines together: "Rejoins-nous !" / "ADHÉRER POUR 5 €" (alone, a campaign's slogan
// may head an article).
const JOIN_CALL_RE = /^(?:rejoins-nous|rejoignez-nous|adhérez|adhérer)(?: (?:dès maintenant|maintenant|pour \d{1,3}\s?€))?\s?!?$/iu;

/**
 * A portal's lines (PORTAL_LINES) and a movement's calls to join (JOIN_CALL_RE), over the text's first paragraph of
 * prose or under its last: among them, the text's.
 */
function portalLines(ws: Work[]): void {
  const first = firstProseAt(ws);
  const last = lastProseAt(ws);
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].kind || (first >= 0 && i > first && i < last)) continue;
    const found = PORTAL_LINES.find(([re]) => re.test(ws[i].v));
    if (found) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: `site furniture (${found[1]})` });
    const n = nextText(ws, i);
    if (n < ws.length && ws[n].src.line === ws[i].src.line + 1 && JOIN_CALL_RE.test(ws[i].v) && JOIN_CALL_RE.test(ws[n].v)) {
      for (const k of [i, n]) Object.assign(ws[k], { shape: "furniture", kind: "furniture", reason: "site furniture (subscription or donation prompt)" });
    }
  }
}

// Three fields or more on one line, each "Label : value", apart by wide spaces: "Code : HLRI7G04    Crédits ECTS : 6
// Volume horaire : 24 h CM + 12 h TD    Langue : français".
const FIELDS_LINE_RE = /^[\p{Lu}][\p{L} ]{1,25}\s?:\s?[^:]{1,40}?(?:(?:\s{3,}|\t+)[\p{Lu}][\p{L} ]{1,25}\s?:\s?[^:]{1,40}?){2,}$/u;

/**
 * A record's fields on one line, in the page's head (over its first paragraph of prose), are a list's item, not a
 * headline (a course's code and credits, a species' status and range: published, the page's facts).
 */
function fieldsLines(ws: Work[]): void {
  const prose = firstProseAt(ws);
  for (let i = 0; i < (prose < 0 ? ws.length : prose); i++) if (!ws[i].kind && ws[i].shape !== "furniture" && FIELDS_LINE_RE.test(ws[i].v)) Object.assign(ws[i], { shape: "list-item", kind: "list-item" });
}

// An elected official's team signing a post: "Par l’équipe de Bernadette Quérel".
const OFFICE_BYLINE_RE = /^[Pp]ar l['’]équipe (?:de |d['’]|du )(?:M\.|Mme)?\s?\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,3}$/u;
// A sharing site's line under a document, its member's handle: "Publié par lina_k2007 · il y a 2 ans · 6 pages · 1 874
// mots".
const HANDLE_BYLINE_RE = /^(?:[Pp]osté|[Pp]ublié) par [\p{Ll}\d][\p{L}\d_.-]{1,29} · (?:il y a \d{1,2} \p{L}+|\d{1,2}(?:er)? \p{L}+ \d{4})(?: · [^·]{2,40}){0,3}$/u;

/**
 * Lines of the page's head, not quoted (no line ending on a colon over them): an official's team signing the post and a
 * sharing site's line (bylines), a quiz's day of making (a date line; in a text, "Par l'équipe de …" may be a list's
 * item, "Quiz créé le …" a line the text shows).
 */
function headBylines(ws: Work[]): void {
  const prose = firstProseAt(ws);
  for (let i = 0; i < (prose < 0 ? ws.length : prose); i++) {
    const w = ws[i];
    if (w.kind || w.shape === "furniture" || afterColon(ws, i)) continue;
    if (OFFICE_BYLINE_RE.test(w.v) || HANDLE_BYLINE_RE.test(w.v)) Object.assign(w, { shape: "credit", byline: true });
    const made = MADE_ON_RE.exec(w.v);
    const day = made ? readDateLine(made[1]) : null;
    if (day && !day.relative) Object.assign(w, { shape: "furniture", kind: "furniture", reason: "date line (publication metadata)", metaDate: headDate(day) });
  }
}

// Lines, at most, above an archive's notice of a broadcast, and its longest length.
const ARCHIVED_BROADCAST_MAX = 80;
const ARCHIVED_BROADCAST_LAST_LINE = 15;

/**
 * An archive's notice of a programme, its channel, hour, day and length under its title, dates the page: "France 2 -
 * 20h00 - 29/03/1994 - 02:11". Only one, in the page's head (several list a programme's broadcasts).
 */
function archivedBroadcast(ws: Work[]): void {
  const found = ws.flatMap((w, i) => (!w.kind && w.v.length <= ARCHIVED_BROADCAST_MAX && ARCHIVED_BROADCAST_RE.test(w.v) ? [i] : []));
  if (found.length !== 1 || ws[found[0]].src.line > ARCHIVED_BROADCAST_LAST_LINE) return;
  const w = ws[found[0]];
  const day = findDates(ARCHIVED_BROADCAST_RE.exec(w.v)![1]).find((m) => !m.relative && m.precision === "day");
  if (day) Object.assign(w, { shape: "furniture", kind: "furniture", reason: "date line (the programme's broadcast)", metaDate: headDate(day) });
}

// A library catalogue's field: "Type de document : Texte imprimé", "Description matérielle : 287 p. : cartes ; 22 cm".
const CATALOGUE_FIELD_RE = /^(type de document|auteurs?|titre|publication|éditeur|description matérielle|collection|isbn|issn|langue|notes?|sujets?|classification(?: dewey)?|cote|indice dewey|date de publication)\s?:\s?\S/iu;
// Fields of a record, at least, and of them the catalogue's own (its type, physical description, series, ISBN, Dewey).
const CATALOGUE_FIELDS_MIN = 5;
// Words of a field's value, at least, that make it a sentence when it ends like one.
const CATALOGUE_SENTENCE_WORDS = 10;
const CATALOGUE_OWN_RE = /^(?:type de document|description matérielle|isbn|issn|classification|cote|indice dewey)/iu;

/**
 * A library catalogue's record: its fields, one a line ("Type de document : Texte imprimé" / "Auteur : Morvan,
 * Jean-Luc (1956-....)" / "Titre : …" / "Publication : Paris : L'Harmattan, 2001" / …), are a list, not intertitles.
 */
function catalogueRecord(ws: Work[]): void {
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].kind || !CATALOGUE_FIELD_RE.test(ws[i].v)) continue;
    let end = i;
    while (end + 1 < ws.length && !ws[end + 1].kind && ws[end + 1].shape !== "blank" && CATALOGUE_FIELD_RE.test(ws[end + 1].v)) end++;
    const run = ws.slice(i, end + 1);
    if (run.length >= CATALOGUE_FIELDS_MIN && run.filter((w) => CATALOGUE_OWN_RE.test(w.v)).length >= 2) {
      // (A sentence under a field's label is the page's own: "Note : notre bibliothécaire Sophie l'a lu d'une
      // traite …".)
      for (const w of run) if (w.shape !== "furniture" && !(countWords(w.v) >= CATALOGUE_SENTENCE_WORDS && /[.!?»]$/u.test(w.v))) Object.assign(w, { shape: "list-item", kind: "list-item" });
    }
    i = end;
  }
}

// A platform's topic under a post, alone on its line: a word or two with a capital, no figure nor punctuation.
const TOPIC_LINE_RE = /^\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+)?$/u;
// Topics, at least, that end a post's references.
const TOPIC_RUN_MIN = 3;

/** How many topics' lines follow one another from line `i`, without a blank line. */
function topicRun(ws: Work[], i: number): number {
  let n = 0;
  while (i + n < ws.length && TOPIC_LINE_RE.test(ws[i + n].v)) n++;
  return n;
}

// An agency's initials closing a dispatch: "(ap)", "(ats, afp, reuter)".
const AGENCY = "afp|ap|ats|reuter|reuters|upi|dpa|ansa|belga|efe|tass|xinhua|kyodo|sda|apa";
const AGENCY_TAG_END_RE = new RegExp(String.raw`\((?:${AGENCY})(?:,\s?(?:${AGENCY})){0,4}\)\.?$`, "u");
// A scanned column's line, at most (a headline or a paragraph pasted whole is longer).
const COLUMN_LINE_MAX = 45;
// Lines, at most, of the tail of a column's dispatch at the top of a scanned page.
const COLUMN_TAIL_LINES = 8;

/**
 * A scanned page's text starts where its columns do: with the end of the article the page before began ("mise en oeuvre
 * de l'embargo, a pré-" / "cisé le porte-parole du Département" / "d'Etat. (ap)"), its short lines from the middle of a
 * sentence to its agency's initials, over the next article's headline in capitals.
 */
function previousColumnTail(ws: Work[]): void {
  const first = ws.findIndex((w) => !w.kind && w.shape === "paragraph");
  if (first < 0 || !/^\p{Ll}/u.test(ws[first].v)) return;
  let end = first;
  while (end - first < COLUMN_TAIL_LINES && !AGENCY_TAG_END_RE.test(ws[end].v) && end + 1 < ws.length && ws[end + 1].shape === "paragraph" && !ws[end + 1].kind) end++;
  if (!AGENCY_TAG_END_RE.test(ws[end].v) || end === first || end + 1 >= ws.length || ws[end + 1].shape !== "blank") return;
  if (ws.slice(first, end + 1).some((w) => w.v.length > COLUMN_LINE_MAX)) return;
  const next = ws[nextText(ws, end)];
  if (!next || next.v !== next.v.toUpperCase() || countWords(next.v) < 3 || /[.!?]$/u.test(next.v)) return;
  for (let i = first; i <= end; i++) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "the end of the page's previous article (a scanned page's first column)" });
}

/**
 * An old board's thread (phpBB 2, its posts' headers "Posté le: … Sujet du message: …"): the posts are its text, each
 * signed by its member's name over their rank and details; the headers, details, links and signatures are the board's.
 * The first post's header dates the page.
 */
function boardThread(ws: Work[]): void {
  // A post's link to the page's top, "Haut", on a forum's page (its lines give it away: "4 messages • Page 1 sur 1"; in
  // a table, "Haut" is a level).
  if (ws.some((w) => /the forum's links/u.test(w.reason ?? ""))) {
    for (const w of ws) if (!w.kind && FORUM_TOP_LINK_RE.test(w.v)) Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (the forum's links and its members' details)" });
  }
  const headers = ws.flatMap((w, i) => (!w.kind && BOARD_POST_HEADER_RE.test(w.v) ? [i] : []));
  // (A header glued alone may be an old post a newer page quotes: a thread has two posts at least.)
  if (headers.length === 0 || (headers.length === 1 && /^messageposté/iu.test(ws[headers[0]].v))) return;
  // (A member's day of joining and the replies' days date no page.)
  const board = (i: number, reason: string) => Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: `site furniture (${reason})`, metaDate: undefined });
  headers.forEach((h, k) => {
    board(h, "the forum's post header");
    if (k === 0) {
      const day = findDates(BOARD_POST_HEADER_RE.exec(ws[h].v)![1]).find((m) => !m.relative && m.precision === "day");
      if (day) ws[h].metaDate = headDate(day);
    }
    // The member's box over the header: their name on top, their rank and details under it.
    let top = h;
    for (let j = prevText(ws, h), n = 0; j >= 0 && n < BOARD_PROFILE_LINES && !ws[j].kind && ws[j].shape !== "blank" && nextText(ws, j) === top && ws[j].v.length <= 60 && !BOARD_LINK_RE.test(ws[j].v) && !BOARD_POST_HEADER_RE.test(ws[j].v); j = prevText(ws, j), n++) top = j;
    if (top === h || !ws.slice(top, h).some((w) => BOARD_PROFILE_FIELD_RE.test(w.v))) return;
    Object.assign(ws[top], { shape: "credit", kind: "credit", byline: true });
    for (let j = nextText(ws, top); j < h; j = nextText(ws, j)) board(j, "the forum's links and its members' details");
  });
  // (A quotation's label names a member: "Kazinform a écrit :" quotes an agency.)
  const members = new Set(ws.filter((w) => w.kind === "credit" && w.byline).map((w) => w.v));
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].kind || ws[i].shape === "blank") continue;
    const quoted = / a écrit\s?:$/iu.exec(ws[i].v);
    if (quoted && !members.has(ws[i].v.slice(0, quoted.index))) continue;
    if (BOARD_LINK_RE.test(ws[i].v)) {
      board(i, "the forum's links and its members' details");
      // Under its label, the line quoted from another post.
      const n = nextText(ws, i);
      if (/a écrit\s?:$/iu.test(ws[i].v) && n < ws.length && !ws[n].kind && ws[n].shape !== "furniture") ws[n].shape = "quote";
    } else if (/^_{5,}$/u.test(ws[i].v)) {
      // A member's signature runs from its rule to the board's next link.
      board(i, "the member's signature");
      for (let j = nextText(ws, i); j < ws.length && !ws[j].kind && !BOARD_LINK_RE.test(ws[j].v) && !BOARD_POST_HEADER_RE.test(ws[j].v); j = nextText(ws, j)) board(j, "the member's signature");
    }
  }
}

// A menu's item behind its bullet, one to three words: "• Actualité", "• Avis de décès" (a text browser's dump).
const BULLET_MENU_ITEM_RE = /^[•*·▪]\s+\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,2}$/u;
// Items of such a menu in a row, at least.
const BULLET_MENU_MIN = 4;
// The site's logo as a text browser gives it, its name in brackets on the page's first line: "[Le Phare de Champagne]".
const BRACKETED_LOGO_RE = /^\[\p{Lu}[^\[\]]{1,50}\]$/u;

// A player's title under its time counter: "00:00 / 01:47" / "VIDÉO - L'arrivée du président kazakh au palais de
// l'Élysée".
const PLAYER_COUNTER_RE = /^\d{1,2}:\d{2}(?::\d{2})?\s?\/\s?\d{1,2}:\d{2}(?::\d{2})?$/u;
const PLAYER_TITLE_RE = /^(?:VIDÉO|VIDEO|AUDIO)\s?[–—:-]\s\S.{0,120}$/u;

// A page's button in a word or two: "Offrir", "Lecture", "Télécharger", "Écouter plus tard" (alone, an intertitle may
// say so).
const TOOL_BUTTON_RE = /^(?:offrir(?: l['’]article)?|republier|lecture|écouter(?: plus tard| l['’]article| l['’]épisode)?|télécharger|sauvegarder|enregistrer|imprimer|commenter|s['’]abonner|lire plus tard|copier le lien)$/iu;
// What the site's tools are removed as.
const TOOL_REASON_RE = /share|reader tool|reading time|video player|audio player|download links|follow buttons/u;

/**
 * A button's word among the page's tools (its share bar, its reading time, its player) is one of them: "Partager" /
 * "Offrir" / "Sauvegarder", "Écouter plus tard" / "Lecture" / "5 min" / "Télécharger" / "Partager".
 */
function toolButtons(ws: Work[]): void {
  const tool = (j: number) => j >= 0 && j < ws.length && (ws[j].kind ?? ws[j].shape) === "furniture" && TOOL_REASON_RE.test(ws[j].reason ?? "");
  // (A run of them, two of the site's tools among it or two buttons beside one: "Lecture" over "45 min" gives an
  // event's kind and length, "Télécharger" over a download link heads a step.)
  for (let i = 0; i < ws.length; i++) {
    if (!(tool(i) || (!ws[i].kind && TOOL_BUTTON_RE.test(ws[i].v)))) continue;
    let j = i;
    const run: number[] = [];
    while (j < ws.length && ws[j].shape !== "blank" && (tool(j) || (!ws[j].kind && TOOL_BUTTON_RE.test(ws[j].v)))) run.push(j++);
    const tools = run.filter(tool).length;
    const buttons = run.length - tools;
    if (buttons > 0 && (tools >= 2 || (tools >= 1 && buttons >= 2))) for (const k of run) if (!tool(k)) Object.assign(ws[k], { shape: "furniture", kind: "furniture", reason: "site furniture (reader tool)" });
    i = j;
  }
  // A button to follow the author or the source, beside the byline or the site's lines: "Par Antoine Ferrand" /
  // "Suivre Antoine Ferrand", "Suivre Horizons Hebdo" / "Bloquer Horizons Hebdo" ("Suivre Ella Maillart" may head a
  // travel story's part).
  for (let i = 0; i < ws.length; i++) {
    const followed = /^(?:Suivre|Bloquer)\s(.+)$/u.exec(ws[i].v);
    if (!followed || ws[i].kind || !isPersonName(followed[1]) || findTag(followed[1])) continue;
    const p = prevText(ws, i);
    const n = nextText(ws, i);
    const site = (j: number) => j >= 0 && j < ws.length && ((ws[j].kind ?? ws[j].shape) === "furniture" || ((ws[j].byline || ws[j].shape === "credit") && ws[j].v.includes(followed[1])) || /^(?:Suivre|Bloquer)\s/u.test(ws[j].v));
    if (site(p) || site(n)) Object.assign(ws[i], { shape: "furniture", kind: "furniture", byline: false, reason: "site furniture (the site's follow buttons)" });
  }
}

// A site's domain alone: "octetmag.fr".
const SITE_DOMAIN_RE = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,12}$/iu;

/**
 * The page's address behind a scraper's label, "Source : https://www.….fr/2026/01/19/qalam-ai-…/", read as such: it
 * dates the page weakly (an agenda's address, "…/agenda/2025/11/21/…", gives its event's day; by month only,
 * "…/actualites/2025/06/arbitrage-…", the month), or null when it is no page's address.
 */
function scrapedAddress(v: string): Pick<Work, "shape" | "reason" | "metaDate" | "addressYear"> | null {
  const own = readPageAddress(v.replace(SCRAPED_ADDRESS_LABEL_RE, ""));
  if (!own) return null;
  const day = !EVENT_ADDRESS_RE.test(v) ? addressDayOrMonth(own) : undefined;
  return { shape: "furniture", reason: "site furniture (the page's web address)", ...(day ? { metaDate: { ...day, weak: true } } : {}), ...(own.year ? { addressYear: own.year } : {}) };
}

/**
 * Under the title a reading tool printed first, the page's address behind "Source :" on the second line, once in the
 * page (a bulletin's entries each give theirs), over the tool's day: "Emmanuel Macron à Astana …" / "Source :
 * https://…/2023/11/02/…" / "Enregistré le 17 avril 2025 à 21:48" (or with its reading time: "Enregistré le 2 mars 2026 · 7
 * min de lecture").
 */
function secondLineAddress(ws: Work[]): void {
  // (Or on the third, under the site's name: "octetmag.fr".)
  const at = ws.findIndex((w) => w.src.line <= 3 && w.src.line >= 2 && SCRAPED_ADDRESS_LABEL_RE.test(w.v));
  if (at < 1 || ws[at].kind || ws[0].v === "" || ws[0].kind) return;
  if (ws[at].src.line === 3 && !(ws[1].src.line === 2 && SITE_DOMAIN_RE.test(ws[1].v))) return;
  if (ws.filter((w) => SCRAPED_ADDRESS_LABEL_RE.test(w.v)).length > 1) return;
  // (Over the tool's day or the reading time: a translation's "Source : https://…" under its title names the original.)
  const n = nextText(ws, at);
  if (!(n < ws.length && (SENT_TO_READER_RE.test(ws[n].v) || /reading time|reading application/u.test(ws[n].reason ?? "")))) return;
  const address = scrapedAddress(ws[at].v);
  if (address) Object.assign(ws[at], { ...address, kind: "furniture", byline: false });
}

/**
 * The page's address behind "Source :" over the line of the tool that saved it, closing the page, once in it: "Source :
 * https://www.astres-sciences.fr/espace/2025/06/baikonour-…" / "Enregistré avec Lecteur+ le 7 décembre 2026".
 */
function lastLineAddress(ws: Work[]): void {
  let last = ws.length - 1;
  while (last >= 0 && ws[last].shape === "blank") last--;
  if (last < 1) return;
  // (Or on the last line itself, the site's domain printed in the export's head, the address naming the title: "Sur les
  // routes de la soie, …" / "regards-histoire.fr" / … / "Source : https://www.regards-histoire.fr/livres/2024/02/…".)
  const tool = SAVED_WITH_TOOL_RE.test(ws[last].v);
  const at = tool ? prevText(ws, last) : last;
  if (at < 0 || ws[at].kind || !SCRAPED_ADDRESS_LABEL_RE.test(ws[at].v) || ws.filter((w) => SCRAPED_ADDRESS_LABEL_RE.test(w.v)).length > 1) return;
  if (!tool) {
    const url = ws[at].v.replace(SCRAPED_ADDRESS_LABEL_RE, "");
    const host = /^https?:\/\/(?:www\.)?([^/\s]+)/iu.exec(url)?.[1]?.toLowerCase();
    if (!host || !ws.some((w) => w.src.line <= 4 && SITE_DOMAIN_RE.test(w.v) && w.v.toLowerCase().replace(/^www\./u, "") === host)) return;
    // (Its last part naming the title on the first line: another of the site's pages, cited, names its own.)
    if (!addressNamesHeadline(url, ws[0].v)) return;
  }
  const address = scrapedAddress(ws[at].v);
  if (address) Object.assign(ws[at], { ...address, kind: "furniture", byline: false });
}

// A match's row in a score widget: "A. Bublik (KAZ)  5  6  6  6", "J. Draper (GBR) [5]  7  3  2  4".
const SCORE_WIDGET_ROW_RE = /^\p{Lu}\.\s?\p{Lu}[\p{L}'’-]+(?:[\s-]\p{Lu}[\p{L}'’-]+)?\s\(\p{Lu}{3}\)(?:\s\[\d{1,2}\])?(?:\s{1,3}\d{1,2}(?:\(\d{1,2}\))?){1,5}$/u;
// The match's state beside them: "Terminé", "En cours", "Abandon".
const SCORE_WIDGET_STATE_RE = /^(?:terminé|en cours|abandon|score final|fin du match)$/iu;

/**
 * Among the first lines, a byline in small letters over the date line: "de Sylvie Bionaz" / "30/01/2026 - 18:40" (over a
 * film's cast, "de Darezhan Omirbaïev" names its director).
 */
function smallBylines(ws: Work[]): void {
  for (let i = 0; i < ws.length && ws[i].src.line <= QUOTES_LAST_LINE; i++) {
    const n = nextText(ws, i);
    if (!ws[i].kind && SMALL_DE_BYLINE_RE.test(ws[i].v) && !findTag(ws[i].v.slice(3)) && n < ws.length && /^date line/u.test(ws[n].reason ?? "")) Object.assign(ws[i], { shape: "credit", byline: true });
  }
}

/**
 * Over the text, a score widget's rows, two or more, and the match's state under them, are the site's (under "Les
 * résultats des Kazakhs au premier tour :", the text's).
 */
function scoreWidget(ws: Work[]): void {
  const prose = ws.findIndex((w) => !w.kind && isProse(w) && !SCORE_WIDGET_ROW_RE.test(w.v));
  const end = prose < 0 ? ws.length : prose;
  const rows = ws.flatMap((w, i) => (i < end && !w.kind && SCORE_WIDGET_ROW_RE.test(w.v) ? [i] : []));
  if (rows.length < 2) return;
  const n = nextText(ws, rows[rows.length - 1]);
  const p = prevText(ws, rows[0]);
  // (Over the headline: under a lede, "Simple 1" / its rows / "Abandon" are the text's.)
  const h = n < ws.length ? nextText(ws, n) : ws.length;
  if (!(n < ws.length && !ws[n].kind && SCORE_WIDGET_STATE_RE.test(ws[n].v)) || (p >= 0 && /:$/u.test(ws[p].v)) || !(h < ws.length && !ws[h].kind && ws[h].shape === "heading" && countWords(ws[h].v) >= 6)) return;
  for (const i of [...rows, n]) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (a match's score widget)" });
}

// A streaming service's link and its tracks: "Écouter Qara Jorga sur Spotify", "▶ 1. Kök Böri 7:02".
const STREAMING_LINK_RE = /^écouter\s\S.{1,60}\ssur (?:spotify|deezer|apple music|youtube(?: music)?|soundcloud|bandcamp|qobuz)$/iu;
const TRACK_RE = /^▶\s?\d{1,2}\.\s\S.{0,60}\s\d{1,2}:[0-5]\d$/u;

// Two buttons on a line: "Demander un devis Télécharger la fiche (PDF)".
const BUTTON_PAIR_RE = /^(?:demander|télécharger|prendre|réserver|je|être|contacter)\s.*\s(?:demander|télécharger|prendre|réserver|je|être|contacter)\s/iu;
// An offer of help to the reader, over its button: "Besoin d'aide pour votre dossier ? Nos conseillers … vous
// répondent sous 48 heures." / "Prendre rendez-vous gratuitement".
// A link's words, a verb and what it opens: "Consulter le dossier législatif" ("Accéder à la Caspienne" heads a part).
// A reader view's time to read, a span of minutes, and the last line it stands on.
const READER_VIEW_TIME_RE = /^\d{1,2}\s?[–-]\s?\d{1,2} minutes$/u;
const READER_VIEW_LAST_LINE = 6;
// The label of a site's sponsors: "NOS PARTENAIRES", "Nos partenaires", "Avec le soutien de".
const PARTNERS_LABEL_RE = /^(?:(?:nos|les) partenaires(?: officiels| institutionnels)?|avec le (?:soutien|concours) (?:de|du|des)\s?:?)$/iu;
// An event's kind, as a listing names it: "Concert", "Exposition".
const EVENT_KIND_WORD_RE = /^(?:concerts?|festivals?|expositions?|spectacles?|conférences?|rencontres?|ateliers?|projections?|soirées?|matchs?|salons?|théâtre|danse|cinéma)$/iu;
// A key figure alone on its line, "38 %", "7", "1,4 million", the fewest words of what it counts under it, and the
// fewest figures of a box.
const KEY_FIGURE_RE = /^\d[\d\s\u00a0\u202f,.]*(?:\s?%|\s(?:millions?|milliards?))?$/u;
const KEY_FIGURE_WORDS = 3;
const KEY_FIGURES_MIN = 2;
// A social network group's tabs, and how many of them at most.
const GROUP_TAB_RE = /^(?:discussion|à la une|membres|évènements|événements|médias|fichiers|photos|vidéos|à propos|annonces|sujets)$/iu;
const GROUP_TABS_MAX = 10;
const GROUP_TABS_LAST_LINE = 12;
// A button repeated under each item of a list, and how many times at least.
const REPEATED_BUTTON_RE = /^(?:réserver|je réserve|s['’]inscrire|je m['’]inscris|acheter|en savoir plus)$/iu;
const REPEATED_BUTTON_MIN = 3;
// A film's trailer button and its booking button under it.
const TRAILER_RE = /^(?:voir|regarder) la bande-annonce$/iu;
const BOOK_SEAT_RE = /^réserver (?:une|ma|vos|mes) (?:séance|place)s?$/iu;
// An age gate's buttons: "J'ai l'âge légal", "J'ai plus de 18 ans", "Quitter le site".
const AGE_BUTTON_RE = /^(?:j['’]ai (?:l['’]âge légal|plus de 18 ans|18 ans ou plus)|je n['’]ai pas l['’]âge légal|(?:quitter|entrer sur) le site)$/iu;
// A file's kind and size closing a link: "(PDF, 312 Ko)".
const FILE_SIZE_END_RE = /\((?:pdf|docx?|odt|xlsx?|zip|epub)\b[^()]{0,20}\)$/iu;
const DOCUMENT_LINK_RE = /^(?:consulter|télécharger) (?:le|la|les|l['’])\s?[^.!?:;«»]{2,50}$/iu;
const HELP_OFFER_RE = /^(?:besoin d['’](?:aide|un conseil|informations?)|une question|des questions)\b[^?]{0,60}\?\s(?=[^]*(?<!\p{L})(?:nos|notre) (?:conseillers?|conseillères?|équipes?|experts?|spécialistes?|déclarants?|agents?)(?!\p{L}))[^]{10,200}$/iu;

/**
 * A call to action's button over a paragraph read as the step it heads; the offer of help right over a button (see
 * HELP_OFFER_RE); the reviews quoted right under their rating's label ("Avis de nos voyageurs 4,8/5 – 37 avis" / "« Un voyage magique … » – Martine, partie en septembre
 * 2024").
 */
function callsToAction(ws: Work[]): void {
  // (A button's words over a paragraph head a step of a how-to: "Prendre rendez-vous en ligne" / "Le rendez-vous se
  // prend sur …"; two buttons on a line are the site's.)
  for (let i = 0; i + 1 < ws.length; i++) if (/a call to action's button/u.test(ws[i].reason ?? "") && !ws[i].kind && isProse(ws[i + 1]) && !BUTTON_PAIR_RE.test(ws[i].v)) Object.assign(ws[i], { shape: "heading", reason: undefined });
  for (let i = 0; i < ws.length; i++) {
    if (!/customers' reviews/u.test(ws[i].reason ?? "") || !/^(?:les )?avis\s/iu.test(ws[i].v)) continue;
    for (let j = i + 1; j < ws.length && ws[j].shape === "quote" && !ws[j].kind; j++) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (customers' reviews)" });
  }
  for (let i = 1; i < ws.length; i++) {
    if (!/a call to action's button/u.test(ws[i].reason ?? "") || ws[i].shape !== "furniture" || ws[i - 1].kind || ws[i - 1].shape === "blank") continue;
    if (HELP_OFFER_RE.test(ws[i - 1].v)) Object.assign(ws[i - 1], { shape: "furniture", kind: "furniture", reason: "site furniture (a call to action's button)" });
  }
}

/**
 * A link to the page's documents under another, itself no sentence: "Télécharger le texte intégral de l'accord (PDF,
 * 312 Ko)" / "Consulter le dossier législatif" (over a paragraph, such a line heads it).
 */
function documentLinks(ws: Work[]): void {
  for (let i = 1; i < ws.length; i++) {
    const p = i - 1;
    if (ws[i].kind || !/reader tool|download links/u.test(ws[p].reason ?? "") || ws[p].shape !== "furniture" || !FILE_SIZE_END_RE.test(ws[p].v) || !DOCUMENT_LINK_RE.test(ws[i].v) || countWords(ws[i].v) > 6) continue;
    const n = nextText(ws, i);
    if (n < ws.length && !ws[n].kind && isBody(ws[n])) continue;
    Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (download links)" });
  }
}

/**
 * On a forum's page (its links and members' details among its lines), a post's author and day, read as its "par …"
 * form is, a date line (the thread's first dates it): "Message par Dmitri_K » jeu. 15 févr. 2024 08:47"; and its
 * "Qui est en ligne" and "Aller à" (in an article, quoted posts keep their authors, and such lines are intertitles).
 */
function forumLines(ws: Work[]): void {
  if (!ws.some((w) => /the forum's links/u.test(w.reason ?? ""))) return;
  // (Its posts' headers, one at least: "par Routier_73 » lun. 12 févr. 2024 21:40"; the signature closes a post, a
  // reply's title or header, or its "Haut", under it.)
  const posts = ws.some((w) => FORUM_POST_BY_RE.test(w.v));
  const replyNext = (i: number) => {
    const n = nextText(ws, i);
    return n >= ws.length || n === i + 2 && (REPLY_TITLE_RE.test(ws[n].v) || FORUM_POST_BY_RE.test(ws[n].v) || FORUM_TOP_LINK_RE.test(ws[n].v));
  };
  ws.forEach((w, i) => {
    if (w.kind) return;
    if (FORUM_POST_BY_RE.test(w.v)) Object.assign(w, { shape: "furniture", kind: "furniture", reason: "date line (publication metadata)", metaDate: firstHeadDate(w.v) });
    else if (FORUM_LINK_RE.test(w.v)) Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (the forum's links and its members' details)" });
    // A member's signature, one line under its rule of underscores: "__________________" / "Scania R500 V8 – 2,1
    // millions de km …".
    else if (i > 0 && /^_{6,}$/u.test(ws[i - 1].src.text.trim()) && posts && replyNext(i)) Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (a member's signature)" });
  });
  // The posts' authors, as their headers name them.
  const members = new Set(ws.flatMap((w) => (FORUM_POST_BY_RE.test(w.v) ? [FORUM_POST_AUTHOR_RE.exec(w.v)![1]] : [])));
  if (members.size === 0) return;
  ws.forEach((w, i) => {
    if (w.kind || !members.has(w.v)) return;
    // A member's box under their post, their name over their details, no blank line between: "Kiev41" / "Messages : 2
    // 318" / "Inscription : 14 mars 2011" / "Localisation : Grenoble"; the line right under it, over the next post's
    // header or the forum's links, their signature.
    let end = i + 1;
    while (end < ws.length && (MEMBER_FIELD_RE.test(ws[end].v) || MEMBER_SINCE_RE.test(ws[end].v))) end++;
    // (Its posts' count or the day they joined among them: "Steppe_Lyon" / "Âge : 52 ans" / "Localisation : Lyon" lists
    // a trip's members in a post.)
    if (!ws.slice(i + 1, end).some((x) => MEMBER_POSTS_RE.test(x.v) || MEMBER_SINCE_RE.test(x.v))) return;
    for (let j = i; j < end; j++) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (the forum's links and its members' details)" });
    const n = end < ws.length ? nextText(ws, end) : ws.length;
    const closes = replyNext(end) || (n === end + 2 && (ws[n].kind ?? ws[n].shape) === "furniture");
    if (end < ws.length && ws[end].shape !== "blank" && !ws[end].kind && ws[end].v.length <= SIGNATURE_MAX && closes) Object.assign(ws[end], { shape: "furniture", kind: "furniture", reason: "site furniture (a member's signature)" });
  });
  // A post's quotation of another, its label naming the member and the day: "Steppe_et_Neige a écrit : ↑mar. 6 mai 2025
  // 21:14" / the words quoted.
  ws.forEach((w, i) => {
    const label = w.kind ? null : QUOTED_POST_RE.exec(w.v);
    if (!label || !members.has(label[1])) return;
    Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (the forum's links and its members' details)" });
    const n = nextText(ws, i);
    if (n < ws.length && !ws[n].kind && ws[n].shape !== "furniture") ws[n].shape = "quote";
  });
}

/**
 * A reader view's time to read under the page's address, among the first lines: "vivre-au-creusot.fr" / "4–5 minutes"
 * (a span alone elsewhere is a recipe's or a timetable's).
 */
function readerViewTime(ws: Work[]): void {
  for (let i = 1; i < ws.length && ws[i].src.line <= READER_VIEW_LAST_LINE; i++) {
    const p = prevText(ws, i);
    if (p >= 0 && !ws[i].kind && READER_VIEW_TIME_RE.test(ws[i].v) && /the page's web address/u.test(ws[p].reason ?? "")) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (reading time)" });
  }
}

/**
 * Figures alone on their lines, each over the words it counts, two or more one under the other, in a box of key figures:
 * "1,4 million" / "ressortissants d'Asie centrale …" / "38 %" / "des travailleurs migrants …" (one alone is a counter of
 * the site's, "1 204" / "lecteurs ont trouvé cet article utile"; under a question, a poll's results; under a sentence
 * cut off, a printed page's number).
 */
function keyFigures(ws: Work[]): void {
  const figure = (i: number) => i + 1 < ws.length && !ws[i].kind && /no words: a counter/u.test(ws[i].reason ?? "") && KEY_FIGURE_RE.test(ws[i].v) && !ws[i + 1].kind && /^\p{Ll}/u.test(ws[i + 1].v) && countWords(ws[i + 1].v) >= KEY_FIGURE_WORDS && !/[.!?]$/u.test(ws[i + 1].v);
  for (let i = 0; i < ws.length; i++) {
    if (!figure(i)) continue;
    let end = i;
    while (figure(end)) end += 2;
    const p = prevText(ws, i);
    const over = p >= 0 ? ws[p].v : "";
    if ((end - i) / 2 >= KEY_FIGURES_MIN && !/\?$/u.test(over) && !(p === i - 1 && ws[p].shape === "paragraph" && !/[.!?:]$/u.test(over))) {
      for (let k = i; k < end; k += 2) Object.assign(ws[k], { shape: "paragraph", reason: undefined });
    }
    i = end;
  }
}

/**
 * A social network group's tabs under its name and members, one a line: "Groupe privé · 4,1 k membres" / "Discussion" /
 * "À la une" / "Membres" / "Évènements" / "Médias" / "Fichiers".
 */
function groupTabs(ws: Work[]): void {
  // (Among the page's first lines: a blog may describe groups, its own labels under them.)
  const at = ws.findIndex((w) => /the group's name and members/u.test(w.reason ?? "") && /membres$/iu.test(w.v) && w.src.line <= GROUP_TABS_LAST_LINE);
  if (at < 0) return;
  for (let j = nextText(ws, at), k = 0; j < ws.length && k < GROUP_TABS_MAX && GROUP_TAB_RE.test(ws[j].v); j = nextText(ws, j), k++) {
    if (!ws[j].kind) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: ws[at].reason });
  }
}

/**
 * A button alone on its line, the same several times: "Réserver" under each item of a programme (once, it may head a
 * part of a guide).
 */
function repeatedButtons(ws: Work[]): void {
  const byWords = new Map<string, number[]>();
  ws.forEach((w, i) => {
    if (!w.kind && REPEATED_BUTTON_RE.test(w.v)) byWords.set(w.v.toLowerCase(), [...(byWords.get(w.v.toLowerCase()) ?? []), i]);
  });
  // (Right over a paragraph, "Acheter" / "Louer" head a guide's parts.)
  const heads = (i: number) => i + 1 < ws.length && ws[i + 1].shape === "paragraph";
  for (const at of byWords.values()) {
    if (at.length >= REPEATED_BUTTON_MIN && !at.some(heads)) for (const i of at) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (a button repeated under each item)" });
  }
}

/** A film's booking button under its trailer's: "Voir la bande-annonce" / "Réserver une séance" (alone, a guide's part). */
function filmButtons(ws: Work[]): void {
  for (let i = 1; i < ws.length; i++) {
    const p = prevText(ws, i);
    if (p >= 0 && !ws[i].kind && BOOK_SEAT_RE.test(ws[i].v) && /reader tool/u.test(ws[p].reason ?? "") && TRAILER_RE.test(ws[p].v)) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: ws[p].reason });
  }
}

/** An age gate's buttons under it, each alone on its line: "J'ai l'âge légal" / "Quitter le site". */
function ageGateButtons(ws: Work[]): void {
  for (let i = 0; i < ws.length; i++) {
    if (!/age gate/u.test(ws[i].reason ?? "")) continue;
    for (let j = nextText(ws, i), k = 0; j < ws.length && k < 2 && !ws[j].kind && AGE_BUTTON_RE.test(ws[j].v); j = nextText(ws, j), k++) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: ws[i].reason });
  }
}

// A travel site's search form, a field's label or value a line, closed by its button: "De" / "Paris (CDG)" / "À" /
// "Almaty (ALA)" / "Départ" / "Retour" / "1 adulte · Économie" / "Code promo" / "Rechercher des vols".
const TRAVEL_SEARCH_RE = /^(?:rechercher|trouver|comparer) (?:des |un |les )?(?:vols?|hôtels?|hébergements?|trains?|billets?|séjours?|voyages?|circuits?)$/iu;
const TRAVEL_FIELD_RE = /^(?:de|à|départ|retour|arrivée|destination|dates?|voyageurs?|passagers?|code promo|aller(?:-retour| simple)|\d{1,2} (?:adultes?|voyageurs?|passagers?)\b.*)$/iu;
// (Six lines at least, three of them a form's words, above the page's prose: a timetable's "Départ" / "Retour" over
// its hours, a tutorial's list of an app's fields, are the text's.)
const FARE_AD_RE = /^(?:tarifs?|prix|vols?|billets?|séjours?|offres?) à partir de \d[\d\s\u00a0\u202f]*(?:[.,]\d{2})?\s?€[^«»*]{0,60}\*[^«»*]{0,80}$/iu;
const BOOKING_FIELD_RE = /^(?:code promo|aller(?:-retour| simple)|voyageurs?|passagers?|\d{1,2} (?:adultes?|voyageurs?|passagers?)\b.*)$/iu;
const FORM_MIN_LINES = 6;
const FORM_MIN_FIELDS = 3;
/** Words of a line above which a form is the text's (a sentence introducing a list may end on ":"). */
const FORM_PROSE_WORDS = 12;

// A booking widget under an advertisement's label, anywhere in the page: "PUBLICITÉ" / "Trouvez votre hôtel à Almaty" /
// "Destination : Almaty, Kazakhstan" / "Arrivée  —  Départ" / "2 adultes · 0 enfant · 1 chambre" / "Rechercher" / "En
// partenariat avec Booking.com" (short lines, one of them a booking's own, none a sentence, up to a blank line).
const AD_WIDGET_LINE_MAX = 60;
const AD_WIDGET_LINES_MAX = 8;
// An offer's price sending to its small print, its button between them: "✈ Vols Paris – Almaty dès 412 € A/R*" /
// "Comparer les prix" / "*Prix constaté le 10/03/2025, hors bagages".
const STARRED_PRICE_RE = /(?<!\p{L})(?:dès|à partir de)\s\d[\d\s\u00a0\u202f]*(?:[.,]\d{2})?\s?€[^.!?«»*]{0,20}\*$/iu;
const SMALL_PRINT_RE = /^\*\s?\p{Lu}[^«»*]{5,120}$/u;
const WIDGET_BUTTON_RE = /^(?:rechercher|réserver|comparer(?: les prix)?|voir les offres|en partenariat avec \p{Lu}\S{1,30})$/iu;

/** Advertisements shaped as a booking widget or as an offer with its small print (see AD_WIDGET_LINE_MAX). */
function adWidgets(ws: Work[]): void {
  const ad = (j: number) => Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (advertising)" });
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].reason === "site furniture (advertising)" && i + 1 < ws.length && ws[i + 1].shape !== "blank") {
      let end = i + 1;
      while (end < ws.length && end - i <= AD_WIDGET_LINES_MAX && ws[end].shape !== "blank" && ws[end].v.length <= AD_WIDGET_LINE_MAX && !/[.!?]$/u.test(ws[end].v)) end++;
      const run = ws.slice(i + 1, end);
      // (With its button or its partner's name: a guide's practical box may stand under a label copied with it.)
      const widget = run.some((w) => BOOKING_FIELD_RE.test(w.v) || TRAVEL_FIELD_RE.test(w.v)) && run.some((w) => WIDGET_BUTTON_RE.test(w.v));
      if (run.length >= 3 && (end >= ws.length || ws[end].shape === "blank") && widget) for (let j = i + 1; j < end; j++) ad(j);
    }
    // (A block of its own, blank lines around it, its button alone between: a list of fares with its note is the
    // text's.)
    if (ws[i].kind || !STARRED_PRICE_RE.test(ws[i].v) || ws[i].v.length > AD_WIDGET_LINE_MAX || (i > 0 && ws[i - 1].shape !== "blank")) continue;
    for (let j = i + 1; j < ws.length && j <= i + 2 && ws[j].shape !== "blank" && !STARRED_PRICE_RE.test(ws[j].v); j++) {
      if (!SMALL_PRINT_RE.test(ws[j].v) || (j + 1 < ws.length && ws[j + 1].shape !== "blank")) continue;
      for (let k = i; k <= j; k++) ad(k);
      break;
    }
  }
}

/** A travel site's search form over the page, its fields a line each over its button (see TRAVEL_SEARCH_RE). */
function searchForms(ws: Work[]): void {
  // Over the page's first prose only: under it, a timetable or an app's fields the text sets out.
  const prose = ws.findIndex((w) => !w.kind && (isProse(w) || countWords(w.v) >= FORM_PROSE_WORDS));
  for (let i = 0; i < (prose < 0 ? ws.length : prose); i++) {
    if (ws[i].kind || !TRAVEL_SEARCH_RE.test(ws[i].v)) continue;
    const lines = [i];
    for (let j = i - 1; j >= 0 && lines.length < 14; j--) {
      if (ws[j].shape === "blank") break;
      if (ws[j].kind || countWords(ws[j].v) > 4 || /[.!?]$/u.test(ws[j].v)) break;
      lines.push(j);
    }
    // One of them a booking's own: its travellers or its promotion code (a table comparing two tours has neither).
    if (lines.length < FORM_MIN_LINES || lines.filter((j) => TRAVEL_FIELD_RE.test(ws[j].v)).length < FORM_MIN_FIELDS || !lines.some((j) => BOOKING_FIELD_RE.test(ws[j].v))) continue;
    for (const j of lines) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (a search form)" });
    // The fare it advertises under its button, its asterisk sending to the small print: "Tarifs à partir de 389 € TTC
    // l'aller simple*, dans la limite des places disponibles.".
    const n = nextText(ws, i);
    if (n < ws.length && !ws[n].kind && FARE_AD_RE.test(ws[n].v)) Object.assign(ws[n], { shape: "furniture", kind: "furniture", reason: "site furniture (advertising)" });
  }
}

/** The answers' buttons under a feedback prompt, each alone on its line: "Cet article vous a-t-il été utile ?" / "Oui" / "Non". */
function feedbackButtons(ws: Work[]): void {
  for (let i = 0; i < ws.length; i++) {
    if (!/feedback prompt/u.test(ws[i].reason ?? "")) continue;
    // (Both: a "Non" alone answers a question.)
    const a = nextText(ws, i);
    const b = a < ws.length ? nextText(ws, a) : ws.length;
    if (b >= ws.length || ws[a].kind || ws[b].kind) continue;
    const pair = [ws[a].v.toLowerCase(), ws[b].v.toLowerCase()].sort().join(" ");
    if (pair === "non oui") for (const j of [a, b]) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (feedback prompt)" });
  }
}

/**
 * A streaming service's embed and its tracks: "Écouter Qara Jorga sur Spotify" / … / "▶ 1. Kök Böri 7:02" (over a
 * paragraph, "Écouter Janelle sur Bandcamp" heads a playlist's part).
 */
function streamingEmbeds(ws: Work[]): void {
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].kind || !STREAMING_LINK_RE.test(ws[i].v)) continue;
    let j = nextText(ws, i);
    if (j < ws.length && (ws[j].kind ?? ws[j].shape) === "furniture") j = nextText(ws, j);
    if (!(j < ws.length && TRACK_RE.test(ws[j].v))) continue;
    Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (audio player)" });
    for (; j < ws.length && !ws[j].kind && TRACK_RE.test(ws[j].v); j = nextText(ws, j)) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (audio player)" });
  }
}

/** A video's title under its player's counter, under the article's headline, is the player's. */
function playerTitles(ws: Work[]): void {
  for (let i = 0; i < ws.length; i++) {
    const p = prevText(ws, i);
    // (Under the article's headline: on a video's page, its title may be the headline.)
    if (p < 0 || ws[i].kind || !PLAYER_TITLE_RE.test(ws[i].v) || !PLAYER_COUNTER_RE.test(ws[p].v)) continue;
    const headline = ws.some((w, j) => j < p && !w.kind && w.shape === "heading" && countWords(w.v) >= 5);
    if (headline) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (video player)" });
  }
}

/**
 * Over the text, a run of short bulleted items is the site's menu ("• Actualité" / "• Marne" / "• Aube" / …), and a
 * name in brackets on the first line its logo.
 */
function headMenus(ws: Work[]): void {
  const prose = firstProseAt(ws);
  const end = prose < 0 ? ws.length : prose;
  for (let i = 0; i < end; i++) {
    let j = i;
    while (j < end && !ws[j].kind && BULLET_MENU_ITEM_RE.test(ws[j].v)) j++;
    // (Under the site's lines or at the top: under "Secteurs prioritaires … :", the text's list.)
    const p = prevText(ws, i);
    if (j - i >= BULLET_MENU_MIN && (p < 0 || (ws[p].kind ?? ws[p].shape) === "furniture")) for (let k = i; k < j; k++) Object.assign(ws[k], { shape: "furniture", kind: "furniture", reason: "site furniture (navigation menu)" });
    i = Math.max(i, j);
  }
  const first = ws.findIndex((w) => w.v !== "");
  if (first >= 0 && first < end && !ws[first].kind && BRACKETED_LOGO_RE.test(ws[first].v) && countWords(ws[first].v) <= 6) Object.assign(ws[first], { shape: "furniture", kind: "furniture", reason: "site furniture (the site's name)" });
}

/**
 * On a forum's page (its community's stamp "r/… • il y a 2 j" somewhere), the community's and members' names alone are
 * the forum's; in an e-mail newsletter (its unsubscribe line somewhere), the platform's links are its (as intertitles,
 * "r/Kazakhstan" and "Passer à l'abonnement payant" head an article's parts).
 */
function platformLines(ws: Work[]): void {
  const forum = ws.some((w) => /^r\/[\p{L}\d_]{2,30}\s•\s/u.test(w.v));
  const newsletter = ws.some((w) => UNSUBSCRIBE_RE.test(w.v));
  for (const w of ws) {
    if (w.kind || w.shape === "blank") continue;
    if (forum && FORUM_LINE_RE.test(w.v)) Object.assign(w, { shape: "furniture", reason: "site furniture (the forum's links and its members' details)" });
    else if (newsletter && NEWSLETTER_LINK_RE.test(w.v)) Object.assign(w, { shape: "furniture", reason: "site furniture (e-mail newsletter furniture)" });
  }
}

// A search engine's count of results: "Environ 1 870 résultats (0,27 secondes)" (a site's search box says "0
// résultat").
const RESULTS_COUNT_RE = /^(?:environ\s+\d[\d\s\u00a0\u202f]*\s+résultats(?:\s*\(\d+(?:[.,]\d+)?\s*secondes?\))?|\d[\d\s\u00a0\u202f]*\s+résultats\s*\(\d+(?:[.,]\d+)?\s*secondes?\))$/iu;
// The rule between the results and the article comes soon after the count.
const RESULTS_RULE_LAST_LINE = 60;
const RESULTS_COUNT_LAST_LINE = 10;

/**
 * A search engine's page of results pasted over the article it opened, a rule between them: "Environ 1 870 résultats
 * (0,27 secondes)" / the results / "-----" / the article's page. Everything above the rule is the engine's.
 */
function searchResults(ws: Work[]): void {
  const count = ws.findIndex((w) => w.src.line <= RESULTS_COUNT_LAST_LINE && RESULTS_COUNT_RE.test(w.v));
  if (count < 0) return;
  const rule = ws.findIndex((w, i) => i > count && w.src.line <= RESULTS_RULE_LAST_LINE && RULE_LINE_RE.test(w.src.text.trim()));
  if (rule < 0 || !ws.slice(rule).some(isProse)) return;
  for (let i = 0; i <= rule; i++) {
    if (ws[i].shape !== "blank") Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "the search engine's page of results", teaser: undefined });
  }
}

// The label over an e-mail newsletter's contents: "AU SOMMAIRE", "Dans ce numéro".
const NEWSLETTER_CONTENTS_LABEL_RE = /^(?:au sommaire|dans ce numéro|sommaire|dans cette lettre)\s*:?$/iu;

/**
 * An e-mail newsletter's contents may announce its sections, each under its name further down: "AU SOMMAIRE" / "→ À la
 * une : le pari kazakh …" / "→ Vie de l'Académie : rentrée …" / … / "À LA UNE" / the article / "______" / "VIE DE
 * L'ACADÉMIE" / …, or "▸ En bref – Khorgos, Poti" / … / "━━━━━━━━" / "EN BREF". The text is the first section's; the
 * sections after the rule are the newsletter's other items.
 */
function newsletterSections(ws: Work[]): void {
  if (!ws.some((w) => w.email || UNSUBSCRIBE_RE.test(w.v))) return;
  const at = ws.findIndex((w) => NEWSLETTER_CONTENTS_LABEL_RE.test(w.v));
  if (at < 0) return;
  const names: string[] = [];
  for (let i = at + 1; i < ws.length && LIST_ITEM_RE.test(ws[i].src.text.trim()); i++) names.push(foldForRepeat(ws[i].v.replace(/^[→•▪◦‣*►▶▸–—-]\s*/u, "").split(/\s[:–—]\s/u)[0]));
  if (names.length < 2) return;
  const sections = ws.flatMap((w, i) => (i > at + names.length && w.v.length <= 60 && names.includes(foldForRepeat(w.v)) ? [i] : []));
  // Only a section set apart by a rule after the first one's text: the parts of one article (a one-topic letter's) and
  // an editorial over the main story follow one another without it.
  const rule = sections.length >= 2 ? ws.findIndex((w, i) => i > sections[0] && RULE_LINE_RE.test(w.src.text.trim())) : -1;
  const cut = rule >= 0 ? sections.find((s) => s > rule && s === nextText(ws, rule)) : undefined;
  if (cut === undefined || !ws.slice(sections[0], rule).some(isProse)) return;
  for (let i = cut; i < ws.length; i++) {
    if (ws[i].shape !== "blank" && (ws[i].kind ?? ws[i].shape) !== "furniture") Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "another item of the newsletter" });
  }
}

// The last line the site's name may stand on at the top of the page.
const SITE_NAME_LAST_LINE = 3;
// A place and its day, as a tour's or a season's dates are listed: "Berlin, 14 avril", "Paris, le 19 avril 2026".
const PLACE_DAY_ITEM_RE = /^\p{Lu}[\p{L}'’-]+(?:[\s-]\p{L}[\p{L}'’-]*){0,3},\s(?:le\s)?\d{1,2}(?:er)?\s(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?:\s\d{4})?$/u;

// A practical box's label, and what its lines give: an address with its postcode, opening hours, prices.
const PRACTICAL_LABEL_RE = /^(?:infos? pratiques?|informations pratiques|pratique|en pratique|y aller|carnet (?:d['’]adresses|pratique))\s?:?$/iu;
const PRACTICAL_DETAIL_RE = /(?<!\d)\d{5}\s\p{Lu}|(?<!\p{L})(?:ouvert|fermé)(?!\p{L}).{0,40}\d{1,2}\s?h|\d\s?€|(?<!\p{L})réservation(?!\p{L})/iu;
/** How many lines a practical box may hold under its label. */
const PRACTICAL_BOX_LINES = 8;

/**
 * The label of the practical box the line at `i` closes, its lines (two at least) each short and giving an address,
 * hours, prices or booking, or -1.
 */
function practicalBox(ws: Work[], i: number): number {
  // (Each line gives one: under the box, the site's tags, "Cuisine kazakhe" / "Paris 11e", are no box's; nor are lines
  // read as the site's already.)
  return boxLabel(ws, i, PRACTICAL_LABEL_RE, PRACTICAL_BOX_LINES, (j) => ws[j].v.length <= 160 && PRACTICAL_DETAIL_RE.test(ws[j].v) && (!ws[j].kind || ws[j].kind === "paragraph"));
}

/**
 * The label (`label`) of the box the line at `i` closes, walking up at most `most` lines, each one `fits` and none read
 * as the site's already, two at least; the label right under the text's last paragraph (under the site's lines,
 * "Informations pratiques" heads its footer). Or -1.
 */
function boxLabel(ws: Work[], i: number, label: RegExp, most: number, fits: (j: number) => boolean): number {
  let lines = 0;
  let j = i;
  for (let n = 0; j >= 0 && n < most && !label.test(ws[j].v); n++, j = prevText(ws, j)) {
    if (!fits(j) || (!ws[j].kind && ws[j].shape === "furniture")) return -1;
    lines++;
  }
  const above = j >= 0 ? prevText(ws, j) : -1;
  return j >= 0 && label.test(ws[j].v) && lines >= 2 && above >= 0 && (ws[above].kind ?? ws[above].shape) === "paragraph" ? j : -1;
}

// A list closing the text under its label, its items short, one a line with no blank between: a concert's "Setlist",
// a recipe's "Ingrédients", a film's "Fiche technique", a fact box's "Repères" (a radio's "Titres joués", a site's
// "Lexique", an association's "Chiffres clés" are boxes of its own; a match's "Compositions" may run on into the site's
// links).
const LIST_BOX_LABEL_RE = /^(?:set-?list|tracklist|liste des (?:titres|morceaux)|ingrédients(?: pour \d{1,2} personnes)?|fiche technique|repères)\s?:?$/iu;
/** How many lines such a list may hold under its label, and the longest. */
const LIST_BOX_LINES = 30;
const LIST_BOX_ITEM_MAX = 160;

/** The label of the list the line at `i` closes (see LIST_BOX_LABEL_RE), right under the text's last paragraph, or -1. */
function listBox(ws: Work[], i: number): number {
  // (Its source closes it: "Sources: KazMunayGas, …" / "Plus d'articles sur ce thème" / … are the site's.)
  // (A fact box's items state facts, a figure or four words at least: the site's tags under it, "Kazakhstan" /
  // "Énergie", or its buttons, "Adhérer   Faire un don", are not its.)
  let top = i;
  for (let n = 0; top >= 0 && n < LIST_BOX_LINES && !LIST_BOX_LABEL_RE.test(ws[top].v); n++) top = prevText(ws, top);
  const factBox = top >= 0 && FACT_BOX_RE.test(ws[top].v);
  const facts = (j: number) => !factBox || ((/\d|\s:\s/u.test(ws[j].v) || countWords(ws[j].v) >= 4) && !/\S\s{2,}\S/u.test(ws[j].v));
  return boxLabel(ws, i, LIST_BOX_LABEL_RE, LIST_BOX_LINES, (j) => j > 0 && ws[j - 1].shape !== "blank" && ws[j].v.length <= LIST_BOX_ITEM_MAX && (!ws[j].kind || ws[j].kind === "list-item") && ws[j].shape !== "credit" && !BOX_SOURCE_RE.test(ws[j].v) && facts(j));
}

// An event's days with its hours: "Du 6 février au 27 avril 2025, du mercredi au dimanche, de 11 h à 19 h" (a year:
// "Du 1er septembre au 30 juin, du lundi au vendredi, de 9 h 30 à 12 h 30" gives an office's hours).
const EVENT_SPAN_HOURS_RE = /^du \d{1,2}(?:er)? \p{L}+(?: \d{4})? au \d{1,2}(?:er)? \p{L}+ \d{4},?\s.{0,60}(?<!\d)\d{1,2}\s?h(?!\p{L})/iu;
// The last of those lines: the days and hours, or the entrance's price ("Entrée libre", "Tarif : 8 €").
const EVENT_LAST_RE = /^(?:entrée (?:libre|gratuite)|gratuit|tarifs?\s?:|sur (?:réservation|inscription))|\d\s?€/iu;
/** The most lines an event's practical lines may hold. */
const EVENT_LINES_MAX = 6;

/**
 * The first of the short lines the line at `i` closes, right under the text's last paragraph, when one of them gives an
 * event's days and hours (a label over them, "Infos pratiques", stays their heading); or -1.
 */
function eventLines(ws: Work[], i: number): number {
  let top = i;
  for (let j = prevText(ws, i), n = 1; j >= 0 && (ws[j].kind ?? ws[j].shape) !== "paragraph"; j = prevText(ws, j), n++) {
    if (n >= EVENT_LINES_MAX) return -1;
    top = j;
  }
  const lines = ws.slice(top, i + 1).filter((w) => w.shape !== "blank");
  // (The site's tags under them, "Exposition" / "Céramique", are not theirs.)
  if (top === 0 || !(EVENT_SPAN_HOURS_RE.test(ws[i].v) || EVENT_LAST_RE.test(ws[i].v)) || !lines.some((w) => EVENT_SPAN_HOURS_RE.test(w.v)) || lines.some((w) => w.v.length > 160 || (w.kind && w.kind !== "paragraph") || (!w.kind && w.shape === "furniture"))) return -1;
  return PRACTICAL_LABEL_RE.test(ws[top].v) ? nextText(ws, top) : top;
}

/** Whether the line at `i` and those of its form right over it stand, two or more, under a paragraph closed by ":". */
function announcedDays(ws: Work[], i: number): boolean {
  let j = i;
  let n = 0;
  while (j >= 0 && PLACE_DAY_ITEM_RE.test(ws[j].v)) {
    j = prevText(ws, j);
    n++;
  }
  // (Under the share bar, a box's lead-in announces the site's events.)
  const above = prevText(ws, j);
  return n >= 2 && j >= 0 && (ws[j].kind ?? ws[j].shape) === "paragraph" && /:$/u.test(ws[j].v) && !(above >= 0 && (ws[above].kind ?? ws[above].shape) === "furniture");
}

/**
 * A long paragraph ending on a colon, over a list whose items go on its sentence: "… nous recommandons aux entreprises
 * de :" / "1. cartographier leurs flux ;" (over headlines, "Retrouvez nos analyses :" / "Kazakhstan : Astana entre
 * Moscou et Bruxelles", it introduces links).
 */
function introducesList(ws: Work[], i: number, short = false): boolean {
  const n = nextText(ws, i);
  if (ws[i].shape !== "paragraph" || !/:$/u.test(ws[i].v) || n >= ws.length || ws[n].shape !== "list-item") return false;
  // "Retrouvez sur notre site l'ensemble de notre dossier :" introduces the site's own articles.
  if (OWN_CONTENT_RE.test(ws[i].v)) return false;
  const bare = (x: Work) => x.v.replace(/^(?:\d{1,2}[.)]|[-–—•*·▪►])\s*/u, "");
  const item = bare(ws[n]);
  if (ws[i].v.length >= LONG_PARAGRAPH) return /^\p{Ll}/u.test(item) || /[;,.]$/u.test(item);
  // With `short`, a short sentence introduces one too when its items continue it, each in small letters and closed by
  // a semicolon but the last: "Nous appelons les États du bassin à :" / "– financer la seconde phase … ;" / … / "–
  // publier … .".
  if (!short) return false;
  const items: Work[] = [];
  for (let j = n; j < ws.length && ws[j].shape === "list-item"; j = nextText(ws, j)) items.push(ws[j]);
  return (
    countWords(ws[i].v) >= INTRODUCED_LIST_WORDS &&
    items.length >= 2 &&
    items.every((x, k) => /^\p{Ll}/u.test(bare(x)) && (k < items.length - 1 ? /;$/u : /[.;]$/u).test(x.v))
  );
}

/** A line naming an attached document, in a run of them right under "Documents" (see ATTACHMENT_RE). */
function isAttachment(ws: Work[], i: number): boolean {
  const one = (w: Work) => w.v.length <= ATTACHMENT_MAX && ATTACHMENT_RE.test(w.v);
  if (!one(ws[i])) return false;
  let top = i;
  while (top > 0 && ws[top - 1].shape !== "blank" && one(ws[top - 1])) top--;
  return top > 0 && ATTACHMENTS_LABEL_RE.test(ws[top - 1].v);
}

/** True when a word of `name` (four letters or more) is in a paragraph of the text below line `i`. */
function namedInTextBelow(ws: Work[], i: number, name: string): boolean {
  const words = name.split(/[\s-]+/u).filter((x) => x.length >= 4).map((w) => new RegExp(`(?<!\\p{L})${w.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?!\\p{L})`, "u"));
  return ws.some((x, k) => k > i && !x.kind && isBody(x) && words.some((re) => re.test(x.v)));
}

/** Index of the next non-blank line after `i` (or `ws.length`). */
/** Where the run of lines from `from` ends: each line's shape one of `shapes`, its text passing `test`. */
function runEnd(ws: Work[], from: number, shapes: readonly Shape[], test: (v: string) => boolean): number {
  let end = from;
  while (end < ws.length && shapes.includes(ws[end].shape) && test(ws[end].v)) end++;
  return end;
}

/**
 * Publishes only `text[start, end)` of the headline `w`; the pieces before and after (not blank) are listed in `removed`
 * with `reason`: a date glued to it, a note's call, the emoji around it.
 */
function cutHeadline(w: Work, start: number, end: number, reason: string): void {
  const kept = w.src.text.slice(start, end);
  const pieces = [w.src.text.slice(0, start), w.src.text.slice(end)].filter((p) => p.trim() !== "");
  w.cut = { removed: pieces[0], ...(pieces.length > 1 ? { more: pieces.slice(1) } : {}), kept, reason };
  w.v = visibleText(kept);
}

function nextText(ws: Work[], i: number): number {
  let j = i + 1;
  while (j < ws.length && ws[j].shape === "blank") j++;
  return j;
}

/** Index of the `n`th non-blank line after `i` (or ws.length). */
function nthText(ws: Work[], i: number, n: number): number {
  let j = i;
  for (let k = 0; k < n && j < ws.length; k++) j = nextText(ws, j);
  return j;
}

/**
 * Index of the next line with words after `i`, or -1: before the lines' shapes are read (nextText needs them).
 */
function nextWithWords(ws: Work[], i: number): number {
  // (From the line after `i`, not from the page's first: the passes call it for every line.)
  for (let k = i + 1; k < ws.length; k++) if (ws[k].v !== "") return k;
  return -1;
}

/** Index of the last line with words before `i`, or -1: before the lines' shapes are read (prevText needs them). */
function prevWithWords(ws: Work[], i: number): number {
  let j = i - 1;
  while (j >= 0 && ws[j].v === "") j--;
  return j;
}

/** True when the line with words over line `i` ends on a colon, before the lines' shapes are read (see afterColon). */
function colonAbove(ws: Work[], i: number): boolean {
  const p = prevWithWords(ws, i);
  return p >= 0 && /:$/u.test(ws[p].v);
}

/** Index of the last non-blank line before `i` (or -1). */
function prevText(ws: Work[], i: number): number {
  let j = i - 1;
  while (j >= 0 && ws[j].shape === "blank") j--;
  return j;
}

/** True when the line of text over line `i` ends on a colon: line `i` is one the text introduces ("… dans cet ordre :"). */
function afterColon(ws: Work[], i: number): boolean {
  const p = prevText(ws, i);
  return p >= 0 && /:$/u.test(ws[p].v);
}

// Fewest words of a short sentence introducing a list (see introducesList).
const INTRODUCED_LIST_WORDS = 6;

/** Where a teaser block opened at `k` ends: where the article's own prose resumes, or the end of the file. */
// The page's own stamp of its update: "Page mise à jour le 22/09/2025", "Dernière mise à jour de cette page : …".
const PAGE_UPDATED_RE = /^(?:page (?:mise à jour|modifiée|actualisée)|dernière mise à jour de (?:la|cette) page)\b/iu;
// The page's own link, labelled so: "Lien permanent : https://…" ("Copier le lien : …" may be a teaser's).
const OWN_PERMALINK_RE = /^(?:lien permanent|permalien)\s?:\s?https?:\/\//iu;

function teaserBlockEnd(ws: Work[], k: number): number {
  // Links printed right under the opener, without a blank line, end at the first blank line: "Sur le même sujet" /
  // three titles / blank / the article again.
  if (k + 1 < ws.length && ws[k + 1].shape !== "blank") {
    let j = k + 1;
    // A page without blank lines goes on with the article right under an "À lire aussi" link: a long paragraph of
    // sentences, or an intertitle over one, ends the block. (Blocks closing the page, "Dans la même rubrique", "Les
    // plus lus", go on: their teasers have summaries.)
    const t = ws[k].teaser;
    const links = !t?.comments && !t?.consent && /^(?:►\s*)?(?:à\s+)?(?:lire|voir)\s+(?:aussi|également)/iu.test(t?.words ?? "");
    // Only a paragraph of two sentences or more (a teaser's summary is most often one) that the text goes on from
    // without a blank line (a summary closes its block).
    const longProse = (x: number) => x + 1 < ws.length && ws[x + 1].shape !== "blank" && isProse(ws[x]) && ws[x].v.length >= LONG_PARAGRAPH && endsSentence(ws[x].v) && innerSentenceBreaks(ws[x].v) >= 1;
    while (j < ws.length && ws[j].shape !== "blank") {
      // (The page's own link under them ends them: "Autres événements" / two titles / "Lien permanent : https://…".)
      if (j > k + 1 && OWN_PERMALINK_RE.test(ws[j].v)) return j;
      if (links && (longProse(j) || (j > k + 1 && ws[j].shape === "heading" && longProse(j + 1)))) return j;
      j++;
    }
    // A cookie banner printed in one piece (its notice and buttons, maybe the masthead and menu glued under it) ends at
    // the first blank line: what follows is the page ("Nous respectons votre vie privée" / "Avec votre accord…" /
    // "Accepter et fermer" / "La Tribune" / "Menu" / blank / the headline).
    // (Over a page copied without a blank line, it ends at its last button: "… Accepter et fermer" / "Continuer sans
    // accepter" / "SUD OUEST" / … / the headline; under the text, the rest of the page is the panel's.)
    // (Or over a long run without a blank line, at its buttons' line, "Tout accepter    Tout refuser    Paramétrer":
    // the masthead, the headline and the standfirst follow.)
    if (t?.consent) {
      // (One button, or several apart by wide spaces.)
      const buttons = (x: number) => ws[x].v.split(/\s{2,}/u).every((b) => COOKIE_BUTTON_RE.test(b));
      let end = k + 1;
      for (let x = k + 1; x < Math.min(ws.length, k + CONSENT_LINES_MAX); x++) if (buttons(x)) end = x + 1;
      if (j < ws.length && j - k > CONSENT_LINES_MAX && end > k + 1) return end;
      if (j < ws.length || ws.slice(0, k).some(isProse)) return j;
      return end;
    }
    const after = nextText(ws, j);
    const next = nextText(ws, after);
    // An intertitle over a long paragraph, maybe one introducing a quotation ("… a répondu sans détour :"): the
    // article.
    const introduces = (x: number) => {
      const n = nextText(ws, x);
      return ws[x].shape === "paragraph" && ws[x].v.length >= LONG_PARAGRAPH && /:$/u.test(ws[x].v) && n < ws.length && isProse(ws[n]);
    };
    // A paragraph the paywall cuts short is the article's too ("… une lettre d'intention pour des" / "Cet article est
    // réservé aux abonnés."). (A teaser's summary cut short over its badge, "Article réservé aux abonnés", has no offer
    // under it.)
    const cut = (x: number) => {
      const wall = nextText(ws, x);
      return ws[x].shape === "paragraph" && ws[x].v.length >= LONG_PARAGRAPH && /paywall/.test(ws[wall]?.reason ?? "") && /subscription|paywall/.test(ws[nextText(ws, wall)]?.reason ?? "");
    };
    if (after < ws.length && (isProse(ws[after]) || cut(after) || (ws[after].shape === "heading" && next < ws.length && (isProse(ws[next]) || cut(next) || introduces(next))))) return j;
  }
  // Comments: a reader's name ("Karim H.") over their words is no paragraph of the article; the next block's opener
  // ends them ("Dans la même rubrique"). The agency the text is credited to, set apart under the links, ends a block
  // ("Lire aussi" / two titles / "" / "Avec AFP").
  const comments = !!ws[k].teaser?.comments;
  // Prose under a stamp, past the page's tools (a word or three each) and other stamps.
  const proseUnder = (d: number) => {
    let m = nextText(ws, d);
    for (let n = 0; m < ws.length && n < STAMP_TOOLS_MAX && (ws[m].metaDate || (ws[m].kind ?? ws[m].shape) === "furniture" || countWords(ws[m].v) <= 3); n++) m = nextText(ws, m);
    return m < ws.length && isProse(ws[m]);
  };
  for (let j = nextText(ws, k); j < ws.length; j = nextText(ws, j)) {
    const w = ws[j];
    if (w.kind === "bibliography" || w.kind === "heading") return j;
    // Over the text, a headline over its byline, its day and prose ends them: the page's own, under a menu opening on
    // "Dernières infos" (under the text, a teaser may have all three; over it, a teaser's day is followed by the next
    // teaser).
    if (!comments && w.shape === "heading" && countWords(w.v) >= HEADLINE_WORDS && ws[nextText(ws, j)]?.byline && ws[nthText(ws, j, 2)]?.metaDate && proseUnder(nthText(ws, j, 2)) && inPageHead(ws, k)) return j;
    // (The page's own stamp over its footer ends them: "Page mise à jour le 22/09/2025" / "© …"; a card's is the
    // card's.)
    if (PAGE_UPDATED_RE.test(w.v) && (nextText(ws, j) === ws.length || /copyright|footer/u.test(ws[nextText(ws, j)].reason ?? ""))) return j;
    if (!comments && ws[j - 1]?.shape === "blank" && AGENCY_CREDIT_RE.test(w.v)) return j;
    if (comments && w.teaser?.standalone) return j;
    // A paragraph introducing a list ("… nous recommandons aux entreprises de :" / "1. cartographier leurs flux ;") is
    // the article's: a teaser's summary introduces nothing (a reader's comment may).
    // (Right under a label such as "Nos recommandations", a short sentence too: under the teasers, "Votre don nous
    // permet de financer :" over its list is the appeal's.)
    if (!comments && introducesList(ws, j, j === nextText(ws, k))) return j;
    if (!isProse(w)) continue;
    if (w.v.length > TEASER_SUMMARY_MAX) return j;
    const n = nextText(ws, j);
    // A teaser is a title and a short summary; two prose paragraphs in a row are the article again.
    if (n < ws.length && !ws[n].kind && (comments ? isProse(ws[n]) : isBody(ws[n]) && endsSentence(ws[n].v))) return j;
  }
  return ws.length;
}

/** The page's tools and stamps under a headline's day, at most, before its text. */
const STAMP_TOOLS_MAX = 40;

// A video's views, its day and its hashtags, two spaces apart, and its channel's subscribers.
const VIDEO_VIEWS_DAY_RE = /^\d[\d\s\u00a0\u202f.,]*(?:\s?[kM])?\s?vues\s{2,}(\S.*?)(?:\s{2,}(?:#[\p{L}\p{N}_]+\s*)+)?$/u;
const SUBSCRIBERS_RE = /^\d[\d\s\u00a0\u202f.,]*(?:\s?[kKM])?\s?abonnés$/u;
/** Text lines between a channel's subscribers and its video's views, at most. */
const VIDEO_HEAD_LINES = 12;

// Why a printed page's marks are removed.
const PAGE_MARK_REASONS = { header: "running header of a printed page (repeated on each page)", number: "number of a printed page" } as const;

/**
 * Days amid the text, two or more, each between lines of the text: a programme's ("Vendredi 16 mai 2025 à 18.30" over
 * what happens then), a tour's, a chronology's ("23-01-2017" over what happened). They head the text's entries, as a
 * day without its year does: they are no stamp of the page's (`entryDay`). Between the standfirst and the text, where
 * the page's own date line stands, only under an intertitle. A stamp under a card's headline and over its summary,
 * under a name in a paragraph of its own (a reader's comment) or after the comments' counter stays the site's, as does
 * "Publié le …".
 */
function readEntryDays(ws: Work[], headEnd: number, secondBody: number, lastBody: number): void {
  if (headEnd < 0) return;
  const textLine = (j: number) => j >= 0 && j < ws.length && !ws[j].kind && (isBody(ws[j]) || ws[j].shape === "heading");
  const days: number[] = [];
  let headed = 0;
  for (let i = headEnd + 1, comments = false; i < lastBody; i++) {
    const w = ws[i];
    if (/comment prompt or counter|reader comments/u.test(w.reason ?? "")) comments = true;
    if (comments || w.kind) continue;
    if (w.shape === "heading" && w.v.length <= ENTRY_DAY_MAX && readDateLine(w.v)) headed++;
    // (Nor a field's, "pubDate: …", nor a day something was done on, "Surligné le …", "Enregistré le …".)
    if (w.reason !== "date line (publication metadata)" || PUBLICATION_WORD_RE.test(w.v) || ENTRY_DAY_NOT_RE.test(w.v)) continue;
    const p = prevText(ws, i);
    const n = nextText(ws, i);
    if (!textLine(p) || !textLine(n) || (isPersonName(ws[p].v) && ws[p].shape !== "heading") || (isHeadline(ws[p]) && isBody(ws[n]))) continue;
    if (i <= secondBody && !(p > headEnd && ws[p].shape === "heading")) continue;
    days.push(i);
  }
  if (days.length + headed < ENTRY_DAYS) return;
  // Each under a short line of its own, a name or a card's title, and over a paragraph, they stamp readers' comments
  // ("Bakhyt_ALA" / "3 juin 2025 à 21 h 14" / the comment) or other posts' cards ("Ma première kokpar" / "18 mars 2025"
  // / the summary); the same day twice stamps posts the text quotes ("17 février 2025" under each of two posts).
  const labelled = (i: number) => {
    const p = prevText(ws, i);
    return countWords(ws[p].v) <= ENTRY_LABEL_WORDS && !endsSentence(ws[p].v) && isBody(ws[nextText(ws, i)]);
  };
  if (days.every(labelled) || new Set(days.map((i) => ws[i].v)).size < days.length) return;
  // Days that close their entries, the last over an intertitle and none under one, name the sources the entries quote
  // ("Kazinform.kz, 22 mai 2025" under a press review's item): they stay with them, as paragraphs.
  const heading = (j: number) => j >= 0 && j < ws.length && ws[j].shape === "heading" && !days.includes(j);
  const closing = heading(nextText(ws, days[days.length - 1])) && !days.some((i) => heading(prevText(ws, i)));
  // (A day written as a sentence, "Le 1er juillet 2025.", answers a question.)
  for (const i of days) Object.assign(ws[i], { shape: closing || (/^\p{Lu}\p{Ll}/u.test(ws[i].v) && endsSentence(ws[i].v)) ? "paragraph" : "heading", reason: undefined, metaDate: undefined, entryDay: true });
}
// The fewest days amid the text that head its entries; the longest line such a day heads.
const ENTRY_DAYS = 2;
// A span of days in a list's item: "du 12 janvier au 3 avril 2026", "Du 9 au 20 mai 2027", "du 6 au 17 juillet 2026".
const DAY_SPAN_ITEM_RE = /(?<!\p{L})(?:du|de)\s\d{1,2}(?:er)?(?:\s\p{L}{3,9}\.?)?(?:\s(?:19|20)\d{2})?\s(?:au|à)\s\d{1,2}(?:er)?\s\p{L}{3,9}\.?\s(?:19|20)\d{2}(?!\d)/iu;
// The fewest items of a calendar's list.
const CALENDAR_ITEMS_MIN = 3;
// A site's menu's item: "Accueil", "Contact", "Boutique", "Qui sommes-nous ?".
const MENU_WORD_RE = /^(?:accueil|contact|contactez-nous|boutique|à propos|qui sommes-nous\s?\?|mon compte|agenda|newsletter|espace (?:client|membre|adhérent|élève|presse))$/iu;
// The most words behind the breadcrumb's item on a section's line (see classifyLines).
const CRUMB_LED_WORDS = 6;
const ENTRY_DAY_MAX = 60;
// The most words of the line a comment's or a card's stamp stands under: a name, a short title.
const ENTRY_LABEL_WORDS = 6;
// What makes a day line no entry's: its author ("par …", a forum's "»"), a field's label, a deed done that day, a
// letter's or a column's place and day closing it ("Almaty, le 14 mai 2025").
const ENTRY_DAY_NOT_RE = /(?<!\p{L})par\s|»|^[^\d:]{1,30}:\s|(?<!\p{L})\p{L}+(?:é|ée|és|ées)\s+le\s|^\p{L}[\p{L}'’ -]{1,40},\s+le\s/iu;

// A team in capitals and its score, apart: "BC ASTANA   79" (see classifyLines: the score must be told elsewhere).
const SCORE_DETAILS_MAX = 120;
const SCORE_LINE_RE = /^\p{Lu}[\p{Lu}\d .'’-]{1,40}\S\s{2,}\d{1,3}$/u;
// A menu's item to tap open: "Saône-et-Loire ▾"; three at least one under another.
const TAP_MENU_RE = /^[^.!?▾▴]{1,40}\s▾$/u;
const TAP_MENU_MIN = 3;
// The most words of a social network's group's name.
const GROUP_NAME_WORDS = 8;
// The words of a paragraph that tells of the group under its name.
const GROUP_TOLD_WORDS = 12;
// A forum's sort of its comments: "Trier par : Meilleurs".
const FORUM_SORT_RE = /^trier par\s*:\s*(?:meilleurs|nouveaux|controversés|anciens|top)$/iu;
// A numbered reader's comment's stamp: "1. Posté par Wendpanga, le 28 janvier 2026 à 06:41".
const NUMBERED_POST_RE = /^\d{1,3}\.\s*posté par\s[^,]{2,60}?,?\s*le\s\d{1,2}(?:er)?\s\p{L}+\s\d{4}(?:\sà\s\d{1,2}[:h]\d{2})?$/iu;
// A channel's label over its pinned message: "📌 Message épinglé".
const PINNED_LABEL_RE = /^(?:📌\uFE0F?\s*)?message épinglé$/iu;
// A reader's name over the time of their comment: "Martine B.", "Thierry_BB22200".
const COMMENTER_NAME_MAX = 40;
// A post's header in a messaging channel's export: "Kazakhstan Diplomatie 🇰🇿 FR, [18.11.2025 19:32]" (a reply's
// opens on "↳").
const CHANNEL_POST_HEADER_RE = /^(↳\s*)?(\S.{1,60}), \[(\d{2})\.(\d{2})\.(\d{4}) \d{2}:\d{2}(?::\d{2})?\]$/u;

/**
 * A messaging channel's export (Telegram's) holds several posts, each under the channel's name and its time: the
 * article is the longest, dated by its header; the others, and the channel's name and pinned message over the first,
 * are the channel's. Readers' comments, under their own names, are left to the comments' rules.
 */
function markChannelExport(ws: Work[]): void {
  const headers = ws.flatMap((w, i) => {
    const m = w.kind ? null : CHANNEL_POST_HEADER_RE.exec(w.v);
    return m && !m[1] ? [{ i, name: m[2], date: `${m[5]}-${m[4]}-${m[3]}` }] : [];
  });
  const counts = new Map<string, number>();
  for (const h of headers) counts.set(h.name, (counts.get(h.name) ?? 0) + 1);
  const channel = [...counts].find(([, n]) => n >= 2)?.[0];
  const posts = headers.filter((h) => h.name === channel);
  // (The export opens on the channel's name: an article quoting a channel's posts opens on its own masthead.)
  const first = ws.findIndex((w) => w.v !== "");
  if (posts.length < 2 || posts.some((h) => !isValidIsoDate(h.date)) || first < 0 || ws[first].v !== channel) return;
  const ends = posts.map((h, k) => (k + 1 < posts.length ? posts[k + 1].i : ws.length));
  const main = indexOfLargest(posts.map((h, k) => ws.slice(h.i + 1, ends[k]).reduce((n, w) => n + w.v.length, 0)));
  const mark = (from: number, to: number, reason: string) => {
    for (let i = from; i < to; i++) if (ws[i].v !== "" && !ws[i].kind) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason });
  };
  mark(0, posts[0].i, "site furniture (the channel's name and pinned message, over its posts)");
  posts.forEach((h, k) => {
    if (k !== main) mark(h.i, ends[k], "site furniture (another post of the channel)");
  });
  Object.assign(ws[posts[main].i], { shape: "furniture", kind: "furniture", reason: "the post's header (publication metadata)", metaDate: headDate({ date: posts[main].date, evidence: ws[posts[main].i].v }) });
}

// A message of a chat's export (WhatsApp's): "13/11/2025 22:06 - Saule Amanova: Le ministre …"; the application's own
// lines have no sender: "13/11/2025 21:47 - Les messages et les appels sont chiffrés de bout en bout. …".
const CHAT_MESSAGE_RE = /^(\d{2})\/(\d{2})\/(\d{4}),? \d{1,2}:\d{2} - ([^:\s](?:[^:]{0,38}[^:\s])?): /u;
const CHAT_SYSTEM_RE = /^\d{2}\/\d{2}\/\d{4},? \d{1,2}:\d{2} - [^:]+$/u;
// The fewest messages of a chat, and the shortest message of it that is an article pasted in it.
const CHAT_MESSAGES_MIN = 3;
const CHAT_ARTICLE_MIN = 400;
// A message's part of a text posted in several: "(1/2) COMMUNIQUÉ …", "(2/2) L'après-midi, …".
const CHAT_PART_RE = /^\((\d)\/(\d)\)\s/u;

// A digital library's record over the text it delivers, as Gallica writes it over a page downloaded as text: "Rappel de
// votre demande:" / "Format de téléchargement: : Texte" / "Vues 5 à 5 sur 32" / "Notice complète:" / "Titre : L'Éclaireur
// de l'Est …" / "Date d'édition : 1991-12-18" / … / "Date de mise en ligne : 22/05/2019" / "Le texte affiché peut
// comporter un certain nombre d'erreurs. En effet, le mode texte de ce document a été généré de façon automatique par un
// programme de reconnaissance optique de caractères (OCR). …".
const LIBRARY_REQUEST_RE = /^rappel de votre demande\s*:?$/iu;
const LIBRARY_OCR_NOTICE_RE = /^le texte affiché peut comporter\b.*(?<!\p{L})(?:OCR|reconnaissance optique)(?!\p{L})/iu;
const LIBRARY_ONLINE_RE = /^date de mise en ligne\s*:/iu;
const LIBRARY_ISSUE_DAY_RE = /^date d['’]édition\s*:\s*(\d{4}-\d{2}-\d{2})$/iu;
/** The day after an ISO day (a month's date is its own). */
function nextDay(date: string): string {
  if (date.length !== 10) return date;
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
// A time on a stamp's line: "18h35", "09:10".
const STAMP_TIME_RE = /(?<!\d)\d{1,2}\s?[h:]\s?\d{2}(?!\d)/u;
// A wiki's tab or tool, alone on its line.
// (The longer before the shorter: "Modifier le code" before "Modifier". A skin may set several on one line and count the
// languages: "14 langues" / "Article Discussion" / "Lire Modifier Modifier le code Voir l’historique Outils".)
const WIKI_TAB = String.raw`article|texte|page|discussion|lire|modifier le code|modifier les liens|modifier|voir l['’]historique|historique|outils|ajouter des langues|ajouter des liens|plus|affichage|\d{1,3} langues`;
const WIKI_TAB_RE = new RegExp(String.raw`^(?:${WIKI_TAB})(?:\s+(?:${WIKI_TAB}))*$`, "iu");
const WIKI_TAB_ITEM_RE = new RegExp(String.raw`(?:${WIKI_TAB})(?!\p{L})`, "giu");
// Words of a photo's caption taken for a headline, at least (see the head's rules).
const CAPTION_MIN_WORDS = 12;
// Words of a cookie notice's title, at most, and the words it speaks of ("Astana mise sur le soft power" over a banner
// is an article's headline).
const PRIVACY_WORDS_RE = /(?<!\p{L})(?:vie privée|cookies?|confidentialité|consentement|données personnelles|traceurs)(?!\p{L})/iu;
const CONSENT_TITLE_WORDS = 6;
// Or longer, speaking to the reader: "Votre vie privée est importante pour nous" ("Le Kazakhstan durcit sa loi sur les
// données personnelles", a headline over the banner, does not).
const CONSENT_TITLE_LONG_WORDS = 9;
const CONSENT_TITLE_READER_RE = /(?<!\p{L})(?:votre|vos|nous)(?!\p{L})/iu;

/** True for a line shaped like a consent banner's title: a few words (more when speaking to the reader), no stop. */
function consentTitleShaped(v: string): boolean {
  const words = countWords(v);
  return (words <= CONSENT_TITLE_WORDS || (words <= CONSENT_TITLE_LONG_WORDS && CONSENT_TITLE_READER_RE.test(v))) && !/[.!?:]$/u.test(v);
}
// A search box for a place: "Rechercher une ville, un code postal…", "Rechercher une commune".
const SEARCH_PLACE_RE = /^rechercher une (?:ville|commune|localité)(?:,? (?:un|une|ou un|ou une) (?:code postal|département|pays|lieu))*\s*(?:…|\.\.\.)?$/iu;
// A site's menu button alone on its line, and the fewest items a menu under it lists.
const MENU_BUTTON_RE = /^(?:[☰≡]\s*)?menu$/iu;
const MENU_ITEMS_MIN = 3;
// The most words of a menu's item set one a line; the fewest items of one without its button.
const MENU_ITEM_WORDS = 4;
const BARE_MENU_ITEMS_MIN = 5;
// A site's own pages in its menu: "Boutique", "Mon compte", "Le magazine", "Newsletter", "Contact", "À propos".
const SITE_PAGE_ITEM_RE = /^(?:Boutique|Mon compte|Mon espace|Le magazine|Le mag|Newsletters?|Contact|Contactez-nous|À propos|Abonnements?|Podcasts|Archives)$/u;
// Lines under "À la une" where a menu's sections are looked for.
const MENU_AFTER_FRONT_PAGE = 5;
const BARE_MENU_ITEM_WORDS = 3;
// A line opening on an article: "Le rock kazakh débarque", "L'agenda du week-end".
const ARTICLE_FIRST_RE = /^(?:(?:le|la|les|un|une|des)\s|l['’])/iu;
// A newspaper's sections in its menu.
const MENU_SECTION_RE = /^(?:Actualités?|Actu|Monde|International|Politique|[ÉE]conomie|Société|Culture|Sports?|Loisirs|Régions?|Faits divers|Opinions?|Météo|Vidéos?|Avis de décès|Nécrologie|Annonces|Services|Débats|Idées)$/u;
// A bookmaker's words: "Pariez sur …", "misez", "cote 2,10", "bonus de bienvenue".
const BETTING_AD_RE = /(?<!\p{L})(?:pariez|misez|cotes?|bonus|pronostiquez)(?!\p{L})/iu;
// An embedded post's counts on their line: "58 reposts · 214 likes", "1,2 k republications · 3 400 j'aime".
const EMBED_COUNTS_RE = /^\d[\d\s\u00a0\u202f,.]*\s?[kK]?\s(?:reposts?|republications?|retweets?|likes?|j['’]aime|partages?|réponses?|citations?|favoris)(?:\s?[·|•]\s?\d[\d\s\u00a0\u202f,.]*\s?[kK]?\s(?:reposts?|republications?|retweets?|likes?|j['’]aime|partages?|réponses?|citations?|favoris|vues))+$/iu;
// A site's disclaimer: "Ces informations sont fournies à titre indicatif et ne sauraient engager la responsabilité de …".
// A guide's, of its own information: "Ces informations sont fournies à titre indicatif et peuvent évoluer. Guides
// Boussole ne saurait être tenu responsable des changements intervenus depuis leur publication."
const GUIDE_DISCLAIMER_RE = /^(?:ces|les) informations (?:sont (?:fournies|données|communiquées) )?à titre (?:purement )?(?:indicatif|informatif)(?: et (?:peuvent|sont susceptibles d['’]) (?:évoluer|changer|être modifiées)[^.!?]{0,60})?\.\s[^.!?]{2,60}\sne (?:saurait|sauraient|peut|pourrait) (?:en aucun cas )?être (?:tenue?s? )?(?:pour )?responsables?\b[^.!?]{0,160}\.?$/iu;
const SITE_DISCLAIMER_RE = /^(?:ces|les) informations (?:sont (?:fournies|données|communiquées) )?à titre (?:purement )?(?:indicatif|informatif) et ne (?:sauraient|sauront|peuvent) (?:en aucun cas )?engager la responsabilité d(?:e |['’]|u |es )/iu;
// Lines that are the site's only right under its other lines: an embedded post's counts under its stamp ("6 novembre
// 2025 à 22:14" / "58 reposts · 214 likes"; in a fact box, "58 000 reposts · 214 000 likes" is the figure it gives); a
// disclaimer among the footer's lines ("Voir aussi : Ouzbékistan | …" / "Ces informations sont fournies à titre
// indicatif …"; under the text, a travel advice page's last paragraph says it of its own advice).
const UNDER_FURNITURE: readonly (readonly [RegExp, string])[] = [
  [EMBED_COUNTS_RE, "site furniture (a social network's buttons and counters)"],
  [SITE_DISCLAIMER_RE, "site furniture (legal notice)"],
];
// A ticket office's rows, a show's day and hour, its price and its button: "ven. 13 mars 2026 · 20h00   À partir de
// 35,00 €   Choisir", "sam. 14 mars 2026 · 20h00   Dernières places   Choisir"; its prices by category, "Catégorie Or :
// 65,00 € – Catégorie 1 : 52,00 € – …"; its terms, "Frais de location inclus. Billets ni échangeables ni remboursables,
// sauf annulation du spectacle."
const TICKET_OFFICE_RE = /^\S.{2,40}\d{1,2}\s?h\s?(?:\d{2})?\s{2,}(?:(?:à partir de |dès )?\d[\d\s,.]*\s?€|dernières places|complet|épuisé)\s{2,}(?:choisir|réserver|acheter|sélectionner)$|^(?:catégorie|cat\.)\s[\p{L}\d]{1,12}\s?:\s?\d[\d,.]*\s?€(?:\s[–-]\s(?:catégorie|cat\.)\s[\p{L}\d]{1,12}\s?:\s?\d[\d,.]*\s?€)+$|^(?:frais de (?:location|réservation) (?:inclus|compris|en sus)\.\s)?billets? (?:ni échangeables? ni remboursables?|non échangeables?(?: et| ni)? non remboursables?)(?:,\s.{3,60})?\.?$/iu;
/** Words of a ticket office's label over its rows ("Dates et tarifs"), at most. */
const TICKET_LABEL_WORDS = 4;
// The words of a paywall's pitch: "Pour nos abonnés, l'article se compose de 4 pages", "Accédez à l'intégralité de nos
// 52 000 articles, sans publicité".
const PAYWALL_PITCH_RE = /abonn|accéde[rz]|\baccès\b|\barticles?\b|\boffre\b|€|gratuit|illimité|sans publicité|sans engagement|premier mois|essai/iu;
/** Lines of a paywall's pitch between its notice and its buttons, at most. */
const PAYWALL_PITCH_MAX_LINES = 3;
/** Lines a box about a translated text's outlet runs over, at most, under its label; its address alone on its line. */
const SOURCE_BOX_MAX_LINES = 6;
const BARE_DOMAIN_RE = /^(?:https?:\/\/)?(?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,6}\/?$/u;
/** Lines a library's record runs over, at most; lines of the page's head under it. */
const LIBRARY_RECORD_MAX = 40;
const LIBRARY_PAGE_HEAD_LINES = 4;
const SCAN_HEADLINE_MAX = 120;
const SCAN_RUBRIC_RE = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}.'’-]{2,20}$/u;

/** The whole record is furniture; the day of the issue it names dates the page (not the day it was put online). */
function markLibraryRecord(ws: Work[]): void {
  const first = ws.findIndex((w) => w.v !== "");
  if (first < 0 || !LIBRARY_REQUEST_RE.test(ws[first].v)) return;
  // It ends with the notice on the text read by OCR, or without one with the day it was put online.
  let end = ws.findIndex((w, i) => i > first && LIBRARY_OCR_NOTICE_RE.test(w.v));
  if (end < 0) end = ws.findIndex((w, i) => i > first && LIBRARY_ONLINE_RE.test(w.v));
  if (end < 0 || end - first > LIBRARY_RECORD_MAX) return;
  for (let i = first; i <= end; i++) {
    if (ws[i].v === "") continue;
    Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (a digital library's record of the document)" });
    const day = LIBRARY_ISSUE_DAY_RE.exec(ws[i].v);
    if (day && isValidIsoDate(day[1])) ws[i].metaDate = headDate({ date: day[1], evidence: ws[i].v });
  }
  // Under it, a newspaper's page may open on its sections' names, one word in capitals ("ETRANGER", "U.R.S.S."; "LE
  // KAZAKHSTAN INDEPENDANT" is a headline), and on the end of an article begun on the page before, in small letters,
  // another headline under it: "la reconnaissance de la Croatie et de la Slovénie, a con- firmé hier à Bonn …" / "U.R.S.S."
  // / "Le Kazakhstan, dernier à larguer les arnarres" (a chapter's first paragraph, its capital lost by the OCR, "es
  // Kirghiz de la Grande Horde dressent …", goes on with the text).
  const rubric = (j: number) => j >= 0 && SCAN_RUBRIC_RE.test(ws[j].v);
  for (let i = end + 1, seen = 0; i < ws.length && seen < LIBRARY_PAGE_HEAD_LINES; i++) {
    if (ws[i].v === "") continue;
    seen++;
    let n = nextWithWords(ws, i);
    if (rubric(n)) n = nextWithWords(ws, n);
    if (/^\p{Ll}/u.test(ws[i].v) && ws[i].v.length >= LONG_PARAGRAPH && n >= 0 && ws[n].v.length <= SCAN_HEADLINE_MAX && !endsSentence(ws[n].v)) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (the end of another article on the scanned page)" });
    else if (rubric(i)) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (section label or kicker in the article's head)" });
  }
}

// A page a browser printed to PDF, copied back: each page's header, the day and time it was printed and the page's title
// ("08/11/2025 10:37	Kazakhstan : Astana rejoint … - Horizons Monde"), and its footer, the page's address and the
// page's number ("https://www.horizons-monde.fr/…/2025/11/06/….html	1/3").
const PRINT_HEADER_RE = /^\d{1,2}\/\d{1,2}\/\d{2,4},?\s\d{1,2}:\d{2}(?:\s?[AP]M)?(?:\t|\s{2,})\S.{2,250}$/u;
const PRINT_FOOTER_RE = /^(?:https?|file):\/\/\S+(?:\t|\s{2,})\d{1,3}\s?\/\s?\d{1,3}$/u;

/**
 * Both are furniture when the page opens on such a header and holds such a footer: the header comes again as it is at
 * each page's top (a live page's entries, "06/11/2025 23:40	Le Kazakhstan rejoint …", differ), and the day of printing
 * is no day of the article.
 */
function markBrowserPrint(ws: Work[]): void {
  const first = ws.find((w) => w.v !== "");
  if (!first || !PRINT_HEADER_RE.test(first.v) || !ws.some((w) => PRINT_FOOTER_RE.test(w.v))) return;
  for (const w of ws) {
    if (w.v === first.v || PRINT_FOOTER_RE.test(w.v)) Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (running header or page number of a printed page)" });
  }
}

/**
 * A chat's export (WhatsApp's) opens on a message's day and time: the article is its longest message, pasted by a
 * member, dated by its header; the other messages are the chat's.
 */
function markChatExport(ws: Work[]): void {
  const first = ws.findIndex((w) => w.v !== "");
  if (first < 0 || !(CHAT_MESSAGE_RE.test(ws[first].v) || CHAT_SYSTEM_RE.test(ws[first].v))) return;
  const starts = ws.flatMap((w, i) => (!w.kind && (CHAT_MESSAGE_RE.test(w.v) || CHAT_SYSTEM_RE.test(w.v)) ? [i] : []));
  // Each message's header, read once (null for the application's own lines).
  const heads = starts.map((i) => CHAT_MESSAGE_RE.exec(ws[i].v));
  const senders = new Set(heads.flatMap((h) => h?.[4] ?? []));
  // (Several members write in a chat: a live page's entries, each signed by its one reporter, are no chat.)
  if (heads.filter(Boolean).length < CHAT_MESSAGES_MIN || senders.size < 2) return;
  // A message runs on its lines to the next message or the first blank line (the page's own lines may follow).
  const ends = starts.map((s, k) => {
    let e = s + 1;
    while (e < ws.length && (k + 1 >= starts.length || e < starts[k + 1]) && ws[e].v !== "") e++;
    return e;
  });
  const sizes = starts.map((s, k) => ws.slice(s, ends[k]).reduce((n, w) => n + w.v.length, 0));
  const main = indexOfLargest(sizes);
  const header = heads[main];
  if (!header || sizes[main] < CHAT_ARTICLE_MIN) return;
  const date = `${header[3]}-${header[2]}-${header[1]}`;
  if (!isValidIsoDate(date)) return;
  // A text posted in parts by its sender, "(1/2) …" then "(2/2) …", is the article whole.
  const partOf = (k: number) => {
    const h = heads[k];
    return h ? CHAT_PART_RE.exec(ws[starts[k]].v.slice(h[0].length)) : null;
  };
  const part = partOf(main);
  const parts = new Set(starts.flatMap((s, k) => (k === main || (part && heads[k]?.[4] === header[4] && partOf(k)?.[2] === part[2]) ? [k] : [])));
  starts.forEach((s, k) => {
    if (parts.has(k)) return;
    for (let i = s; i < ends[k]; i++) if (ws[i].v !== "" && !ws[i].kind) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (another message of the chat)" });
  });
  for (const k of parts) {
    const w = ws[starts[k]];
    const h = heads[k]!;
    const at = w.src.text.indexOf(h[0]);
    cutHeadline(w, at + h[0].length, w.src.text.length, "the message's header (publication metadata)");
    if (k === main) w.metaDate = headDate({ date, evidence: header[0].trim() });
  }
}

/** The index of the largest of some sizes, the first of equals: the longest post of an export. */
function indexOfLargest(sizes: number[]): number {
  let best = 0;
  for (let k = 1; k < sizes.length; k++) if (sizes[k] > sizes[best]) best = k;
  return best;
}

// A link's address behind its words, as a browser saves a page as text: "Accueil <https://www.site.fr/>", "Aller au
// contenu principal <#contenu>". The line is read without them, and published as written.
// An anchor in the page, "<#contenu>", only on its first lines, the link to skip to the content: further down, a table
// of contents' anchors keep it apart from the intertitles it lists.
const LINK_ADDRESS_RE = /(?<=\S)\s<(?:https?:\/\/|\/)[^\s<>]{0,300}>/gu;
const ANCHOR_ADDRESS_RE = /(?<=\S)\s<(?:https?:\/\/|#|\/)[^\s<>]{0,300}>/gu;
const SKIP_LINK_LAST_LINE = 3;
const withoutLinkAddresses = (l: TextLine) => (l.text.includes(" <") ? l.text.replace(l.line <= SKIP_LINK_LAST_LINE ? ANCHOR_ADDRESS_RE : LINK_ADDRESS_RE, "") : l.text);

/**
 * Classifies the lines of one article. Every line gets exactly one kind; furniture and blank lines carry a reason.
 * Pure: the same lines always give the same kinds.
 */
export function classifyLines(lines: TextLine[]): ClassifiedLine[] {
  const ws: Work[] = lines.map((src) => ({ src, v: visibleText(withoutLinkAddresses(src)), shape: "blank" as Shape }));
  // A page copied from the Wayback Machine opens with the archive's banner, down to its "TIMESTAMPS" (or, copied
  // shorter, its "About this capture"): the archive's words and the capture's dates, not the page's.
  const firstText = ws.findIndex((w) => w.v !== "");
  if (firstText >= 0 && WAYBACK_BANNER_RE.test(ws[firstText].v)) {
    const bannerEnd = (re: RegExp) => ws.findIndex((w, i) => i > firstText && i <= firstText + WAYBACK_BANNER_MAX && re.test(w.v));
    const stamps = bannerEnd(/^timestamps$/iu);
    // (The banner's words are short, or addresses: past a longer line, "About this capture" is the page's.)
    const about = stamps >= 0 ? -1 : bannerEnd(/^about this capture$/iu);
    const shortOnly = about >= 0 && ws.slice(firstText + 1, about).every((w) => w.v.length <= WAYBACK_BANNER_LINE_MAX || /^\S+$/u.test(w.v));
    const end = stamps >= 0 ? stamps : shortOnly ? about : -1;
    for (let i = firstText; i <= (end < 0 ? firstText : end); i++) if (ws[i].v !== "") Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "the Wayback Machine's banner (the archive's, not the page's)" });
  }
  // A page copied from archive.today (archive.ph…) opens with the archive's banner, down to its links ("report bug or
  // abuse"), and ends with its footer from its name again: the archive's words and the capture's date, not the page's.
  if (firstText >= 0 && ARCHIVE_TODAY_RE.test(ws[firstText].v)) {
    let end = -1;
    for (let i = firstText + 1; i < ws.length && i <= firstText + ARCHIVE_BANNER_MAX; i++) if (ARCHIVE_BANNER_END_RE.test(ws[i].v)) end = i;
    if (end > firstText) {
      for (let i = firstText; i <= end; i++) if (ws[i].v !== "") Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "archive.today's banner (the archive's, not the page's)" });
      let footer = ws.length - 1;
      while (footer > end && !ARCHIVE_TODAY_RE.test(ws[footer].v)) footer--;
      if (footer > end) for (let i = footer; i < ws.length; i++) if (ws[i].v !== "") Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "archive.today's footer (the archive's, not the page's)" });
    }
  }
  // A search engine's cached copy opens with its banner: the cache's words and the day of its snapshot, not the page's;
  // the page's own address in it dates the page.
  const cached = firstText >= 0 ? CACHE_BANNER_RE.exec(ws[firstText].v) : null;
  if (cached) {
    const address = readPageAddress(cached[1]);
    // (Weakly: the page's own date line comes first; an agenda's address names its event's day.)
    const day = address && !EVENT_ADDRESS_RE.test(cached[1]) ? addressDayOrMonth(address, true) : undefined;
    const cacheDay = day ? { ...day, weak: true } : undefined;
    Object.assign(ws[firstText], { shape: "furniture", kind: "furniture", reason: "the search engine's cache banner (the cache's, not the page's)", metaDate: cacheDay });
    for (let i = firstText + 1; i < ws.length && i <= firstText + CACHE_BANNER_MAX; i++) if (CACHE_BANNER_LINE_RE.test(ws[i].v)) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "the search engine's cache banner (the cache's, not the page's)" });
  }
  // A scraping tool's header (Jina Reader's "Title:", "URL Source:", "Published Time:", "Markdown Content:"; a script's
  // "Titre:", "Auteurs:", "Résumé:", "Texte:") is the page's metadata. Its title is the headline, where the page does
  // not print it again below; its date dates the page; its authors are the credit.
  const headerTitleAt = markToolHeader(ws);
  const tabTitleAt = headerTitleAt >= 0 ? -1 : markTabTitle(ws);
  markChannelExport(ws);
  markChatExport(ws);
  markLibraryRecord(ws);
  markBrowserPrint(ws);
  // (Shapes are not read yet: the next line is the next one with words.)
  const afterFirst = firstText >= 0 ? nextWithWords(ws, firstText) : -1;
  // (Under its title, a few words over the sentence: "Votre vie privée nous importe".)
  const consentSentence = (v: string) => CONSENT_SENTENCE_RE.test(v) || furniturePhraseReason(v) === "site furniture (cookie or privacy prompt)";
  const consentAt = firstText >= 0 && consentTitleShaped(ws[firstText].v) && PRIVACY_WORDS_RE.test(ws[firstText].v) && consentSentence(ws[afterFirst]?.v ?? "") ? afterFirst : firstText;
  // (Or a site's notice that it keeps only the cookies it needs, its button under it: "Ce site utilise uniquement des
  // cookies strictement nécessaires à son fonctionnement. En savoir plus" / "OK".)
  if (consentAt >= 0 && (consentAt === firstText ? CONSENT_SENTENCE_RE.test(ws[consentAt].v) || NEEDED_COOKIES_RE.test(ws[consentAt].v) : consentSentence(ws[consentAt].v)) && COOKIE_BUTTON_RE.test(ws[nextWithWords(ws, consentAt)]?.v ?? "")) {
    for (let i = firstText; i >= 0 && (i <= consentAt || COOKIE_BUTTON_RE.test(ws[i].v)); i = nextWithWords(ws, i)) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (cookie or privacy prompt)" });
  }
  // Further down, under the site's menu: a sentence on cookies speaking to the reader, its buttons right under it, and
  // maybe its title over it: "Vos choix concernant les cookies" / "Avec nos 214 partenaires, nous utilisons des cookies
  // …" / "Accepter et fermer" / "Continuer sans accepter" / "Personnaliser".
  const button = (j: number) => j >= 0 && COOKIE_BUTTON_RE.test(ws[j].v) && !ANSWER_BUTTON_RE.test(ws[j].v);
  for (let i = 0; i < ws.length; i++) {
    // (Two buttons at least, the sentence neither introducing them nor introduced: a law's article lists "Tout refuser"
    // / "Personnaliser" / "Tout accepter" under "… doit vous proposer au moins ces trois boutons :"; nor a question, a
    // quiz's; nor "OK" / "D'accord", a chat's answers. A sentence the site's phrases know is read with its buttons
    // further on.)
    if (ws[i].kind || !COOKIE_SENTENCE_RE.test(ws[i].v) || !READER_WORD_RE.test(ws[i].v) || /[:?]$/u.test(ws[i].v) || colonAbove(ws, i)) continue;
    const buttonAt = nextWithWords(ws, i);
    if (!button(buttonAt) || !button(nextWithWords(ws, buttonAt)) || furniturePhraseReason(ws[i].v) !== null) continue;
    const title = prevWithWords(ws, i);
    // (The same title as over a banner opening the page, on cookies: "Le Kazakhstan durcit sa loi sur les données
    // personnelles" is a headline, "Vos données personnelles, ce qui change" an intertitle.)
    const titled = title >= 0 && !ws[title].kind && consentTitleShaped(ws[title].v) && COOKIE_TITLE_RE.test(ws[title].v);
    let j = titled ? title : i;
    for (let k = 0; j >= 0 && j < ws.length && (j <= i || (COOKIE_BUTTON_RE.test(ws[j].v) && k < CONSENT_LINES_MAX)); j = nextWithWords(ws, j), k++) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (cookie or privacy prompt)" });
  }
  // A live page's strip over another article, from its label to its link: "🔴 EN DIRECT" / "Sommet C5+1 à Washington :
  // suivez les dernières informations" / "Mis à jour il y a 4 min" / "09:27 · Le Kremlin « prend note » …" / "08:54 ·
  // …" / "Voir le direct →" (two entries at least, each timed; a live page's own entries have no link away under them).
  for (let i = 0; i < ws.length; i++) {
    if (!LIVE_LABEL_RE.test(ws[i].v) || colonAbove(ws, i)) continue;
    let end = -1;
    let entries = 0;
    let dated = false;
    for (let j = nextWithWords(ws, i), k = 0; j >= 0 && k < LIVE_STRIP_LINES_MAX && end < 0; j = nextWithWords(ws, j), k++) {
      if (LIVE_LINK_RE.test(ws[j].v)) end = j;
      else if (LIVE_ENTRY_RE.test(ws[j].v)) entries++;
      else if (/^\d{4}-/u.test(readDateLine(ws[j].v)?.date ?? "")) dated = true;
    }
    // (A live page's own head is dated: "Mis à jour le 6 octobre 2024 à 22:40"; the strip's, in minutes ago.)
    if (end < 0 || entries < 2 || dated) continue;
    for (let j = i; j <= end; j++) if (ws[j].v !== "") Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (a live page's strip, another page's)" });
    i = end;
  }
  // A web video player's controls copied as text, from its loading notice: "Video Player is loading." / "Play Video" /
  // "Mute" / "Current Time 0:00" / … / "Fin de la fenêtre de dialogue." (its words alone, "Play", "Chapters", are
  // anyone's).
  for (let i = 0; i < ws.length; i++) {
    if (!PLAYER_LOADING_RE.test(ws[i].v)) continue;
    // (Three controls at least: "Play" / "Pause" after the notice may be a transcript's first words.)
    let j = i;
    let controls = 0;
    for (let k = nextWithWords(ws, i); k >= 0 && PLAYER_CONTROL_RE.test(ws[k].v); k = nextWithWords(ws, k), controls++) j = k;
    if (controls < PLAYER_CONTROLS_MIN) j = i;
    for (let k = i; k <= j; k++) if (ws[k].v !== "") Object.assign(ws[k], { shape: "furniture", kind: "furniture", reason: "site furniture (video player)" });
    i = j;
  }
  // A letter's notice over it, among its first lines (a text may quote a false one under a colon): "Vous n'arrivez pas
  // à lire cette lettre ? Consultez la version web", "Si ce message ne s'affiche pas correctement, cliquez ici.".
  for (let i = firstText, k = 0; i >= 0 && k < LETTER_NOTICE_LINES; i = nextWithWords(ws, i), k++) {
    if (!ws[i].kind && LETTER_NOTICE_RE.test(ws[i].v) && !colonAbove(ws, i)) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (e-mail newsletter furniture)" });
  }
  // A letter's greeting, then what it holds and its wish: "Bonjour à toutes et à tous," / "Cette semaine : Astana
  // marque un point à Bruxelles, …" / "Bonne lecture !".
  for (let i = 0; i < ws.length; i++) {
    if (!GREETING_RE.test(ws[i].v) || furniturePhraseReason(ws[i].v) === null) continue;
    const summary = nextWithWords(ws, i);
    if (summary < 0 || !LETTER_SUMMARY_RE.test(ws[summary].v)) continue;
    // (One sentence naming the letter's topics, its wish under it: "Cette semaine : un seul sujet, mais il est de
    // taille. Le Kazakhstan a voté …" opens an editorial.)
    const wish = nextWithWords(ws, summary);
    if (wish < 0 || !GOOD_READING_RE.test(ws[wish].v) || /[.!?…]\s+\p{Lu}/u.test(ws[summary].v)) continue;
    for (const j of [summary, wish]) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (e-mail newsletter furniture)" });
  }
  // A match's score card, a team in capitals and its score on each line: "BC ASTANA   79" / "UNION BASKET LORRAINE
  // 84".
  for (let i = 0; i + 1 < ws.length; i++) {
    if (!SCORE_LINE_RE.test(ws[i].v) || !SCORE_LINE_RE.test(ws[i + 1].v)) continue;
    // (Only a match's: its score is told elsewhere on the page, "(84-79)"; a vote's "POUR   93" or a fact box's
    // "FRANCE   9" is the text's.)
    const [a, b] = [ws[i].v, ws[i + 1].v].map((v) => v.split(/\s+/u).pop());
    const told = new RegExp(String.raw`(?<!\d)(?:${a}\s?[-–]\s?${b}|${b}\s?[-–]\s?${a})(?!\d)`, "u");
    if (!ws.some((w, k) => k !== i && k !== i + 1 && told.test(w.v))) continue;
    // (With the match's details under it, items apart by dots: "Match amical · Almaty Arena · Samedi 16 août 2025".)
    let end = i + 2;
    while (end < ws.length && ws[end].v.length <= SCORE_DETAILS_MAX && /\s·\s/u.test(ws[end].v) && !endsSentence(ws[end].v)) end++;
    for (let j = i; j < end; j++) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (the match's score card)" });
  }
  // A printed page's running header and number, in text copied from a PDF (found by unwrapLines).
  for (const w of ws) if (w.src.pageMark) Object.assign(w, { shape: "furniture", kind: "furniture", reason: PAGE_MARK_REASONS[w.src.pageMark] });
  // The " date 2025-11-19 " header a scraper glues in front of the first paragraph is metadata.
  // It may also follow a headline line, so the first three non-blank lines are looked at.
  for (const first of ws.filter((w) => w.v !== "").slice(0, 3)) {
    const h = readDateHeader(first.src.text);
    if (h) {
      const reason = h.valid ? `date header (publication metadata: ${h.date})` : `date header that is not a real date (${h.date})`;
      first.cut = { removed: h.text, kept: h.rest.trim(), reason };
      first.metaDate = { from: "header", date: h.date, evidence: `header '${h.text}'`, valid: h.valid };
      first.v = visibleText(h.rest);
      if (first.v === "") Object.assign(first, { shape: "furniture", kind: "furniture", reason, cut: undefined });
      break;
    }
  }
  // A text-mode browser's dump numbers its links ("l’[10]Union douanière"): the numbers go, the words stay.
  if (ws.reduce((n, w) => n + (w.v.includes("[") ? (w.v.match(LINK_NUMBER_RE)?.length ?? 0) : 0), 0) >= LINK_NUMBERS_MIN) {
    for (const w of ws) {
      if (w.cut || !w.v.includes("[")) continue;
      const marks = w.src.text.match(LINK_NUMBER_RE);
      if (!marks) continue;
      // "#[1]Le Courrier d’Eurasie » Flux": a link of the page's head (its feed, its other languages).
      if (/^\s*#\[/u.test(w.src.text)) {
        Object.assign(w, { shape: "furniture", kind: "furniture", reason: "a link of the page's head in a text-mode browser's dump" });
        continue;
      }
      const kept = w.src.text.replace(LINK_NUMBER_RE, "");
      w.cut = { removed: marks[0], kept, reason: "link number of a text-mode browser's dump", ...(marks.length > 1 ? { more: marks.slice(1) } : {}) };
      w.v = visibleText(kept);
      if (w.v === "") Object.assign(w, { shape: "furniture", kind: "furniture", reason: "link number of a text-mode browser's dump", cut: undefined });
    }
  }
  // A word processor's export with its comments (Google Docs): anchors "[a]", "[b]"… glued to the words they comment,
  // and at the end the comments themselves, each opening on its anchor ("[a]Vérifier le chiffre"), maybe with whom it
  // is assigned to ("_Attribué à Sophie Lanvin_"). The comments go, and the anchors, once two comments answer anchors.
  const letters = ws.map((w) => DOC_COMMENT_RE.exec(w.src.text.trimStart())?.[1]);
  const commentLines = letters.flatMap((l, i) => (l ? [i] : []));
  const anchored = commentLines.filter((i) => {
    const mark = `[${letters[i]}]`;
    return ws.some((x, j) => j < commentLines[0] && x.src.text.includes(mark) && !x.src.text.trimStart().startsWith(mark));
  });
  if (anchored.length >= 2) {
    const marks = new Set(anchored.map((i) => `[${letters[i]}]`));
    for (let i = anchored[0]; i < ws.length; i++) {
      const w = ws[i];
      if (letters[i] || (i > anchored[0] && DOC_COMMENT_ASSIGNED_RE.test(w.v))) {
        Object.assign(w, { shape: "furniture", kind: "furniture", reason: "a comment of the document, exported with its text" });
      }
    }
    for (const w of ws.slice(0, anchored[0])) {
      if (w.cut || !w.src.text.includes("[")) continue;
      const found = [...w.src.text.matchAll(/\[[a-z]{1,2}\]/gu)].map((m) => m[0]).filter((m) => marks.has(m));
      if (found.length === 0) continue;
      let kept = w.src.text;
      for (const m of found) kept = kept.replace(m, "");
      w.cut = { removed: found[0], kept, reason: "the anchor of a comment of the document", ...(found.length > 1 ? { more: found.slice(1) } : {}) };
      w.v = visibleText(kept);
    }
  }
  // An encyclopedia's edit link after a heading is cut off: "Histoire[modifier | modifier le code]" publishes
  // "Histoire".
  for (const w of ws) {
    // The bracket is looked for first: the pattern is tried only where one stands.
    if (w.cut || !w.v.includes("[")) continue;
    const at = w.src.text.lastIndexOf("[");
    if (at < 0 || !EDIT_LINK_RE.test(w.src.text.slice(at))) continue;
    w.cut = { removed: w.src.text.slice(at), kept: w.src.text.slice(0, at), reason: EDIT_LINK_REASON };
    w.v = visibleText(w.cut.kept);
    if (w.v === "") Object.assign(w, { shape: "furniture", kind: "furniture", reason: EDIT_LINK_REASON, cut: undefined });
  }
  // An embedded post's picture link closing its text, over the post's author, is cut off: "… avec Vladimir Putin.
  // pic.twitter.com/Hm4cVb7TqL" / "— Recep Tayyip Erdoğan (@RTErdogan) July 3, 2024".
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (w.cut || !w.v.includes("pic.twitter.com/")) continue;
    const m = /\s+pic\.twitter\.com\/\S+$/u.exec(w.src.text);
    if (!m || m.index === 0) continue;
    let n = i + 1;
    while (n < ws.length && ws[n].src.text.trim() === "") n++;
    if (n >= ws.length || !EMBEDDED_POST_AUTHOR_RE.test(ws[n].src.text.trim())) continue;
    w.cut = { removed: m[0].trim(), kept: w.src.text.slice(0, m.index), reason: "picture link of an embedded post" };
    w.v = visibleText(w.cut.kept);
  }
  // Markdown, from an editor or a read-later app: its marks are removed, what they mark is kept and read as such.
  const marked = new Map<Work, MarkdownLine["kind"]>();
  for (const w of ws) {
    if (w.cut || w.v === "") continue;
    const md = readMarkdownLine(w.src.text);
    if (!md) continue;
    if (md.kind === "image") {
      Object.assign(w, { shape: "furniture", kind: "furniture", reason: "image (Markdown): the page's photo, not text" });
      continue;
    }
    const [first, ...more] = md.marks;
    w.cut = { removed: first, kept: md.kept, reason: "Markdown markup", ...(more.length ? { more } : {}) };
    w.v = visibleText(md.kept);
    marked.set(w, md.kind);
  }
  // A line cut otherwise is still read as what its Markdown shows, and published as written.
  for (const w of ws) if (w.cut && !marked.has(w)) w.v = inlineMarkdown(w.v)?.kept ?? w.v;
  markSpacedTables(ws);
  for (const w of ws) {
    if (w.v === "" && w.kind !== "furniture") {
      w.shape = "blank";
      w.kind = "blank";
      w.reason = /\S/.test(w.src.text) ? "blank line (only invisible or no-break spaces)" : "blank line";
    } else if (w.kind !== "furniture") {
      shapeOf(w);
      // "## Intertitre" is a heading and "> …" a quotation whatever their words, unless they are furniture or credits.
      const md = marked.get(w);
      if ((md === "heading" || md === "quote") && (w.shape === "paragraph" || w.shape === "heading" || w.shape === "quote" || w.shape === "list-item")) w.shape = md;
    }
  }
  // Under a consent banner (its buttons within three lines above) that names it, a word in small letters with the full
  // stop its logo sets after it is the site's name: "Accepter et fermer" / "Refuser et s'abonner" / "Paramètres" / "" /
  // "euronews.".
  for (let i = 0; i < ws.length && ws[i].src.line <= TICKER_LAST_LINE; i++) {
    if (ws[i].kind || !/^\p{Ll}[\p{L}\d-]{2,20}\.$/u.test(ws[i].v)) continue;
    // (Named in the banner, "Euronews et ses 832 partenaires …": a poem's title or a word the page explains is not.)
    const name = ws[i].v.slice(0, -1).toLowerCase();
    const banner = someAbove(ws, i, 3, (w) => /cookie|consent/u.test(w.reason ?? "")) && ws.slice(0, i).some((w) => w.v.toLowerCase().startsWith(`${name} `));
    if (banner) Object.assign(ws[i], { shape: "furniture", logo: true, reason: "site furniture (a site's name in lower case, as its logo writes it)" });
  }
  // A video platform's line of views, day and hashtags under its channel's subscribers, over the description: "186 k
  // abonnés" / … / "48 213 vues  18 sept. 2025  #Kazakhstan #Géopolitique" dates the page (a video's views the text
  // quotes stand under no count of subscribers).
  const videoProse = firstProseAt(ws);
  for (let i = 0; i < (videoProse < 0 ? ws.length : videoProse); i++) {
    const m = ws[i].kind ? null : VIDEO_VIEWS_DAY_RE.exec(ws[i].v);
    if (!m) continue;
    const day = someAbove(ws, i, VIDEO_HEAD_LINES, (w) => SUBSCRIBERS_RE.test(w.v)) ? readDateLine(m[1]) : null;
    if (day && !day.relative) Object.assign(ws[i], { shape: "furniture", reason: "date line (publication metadata)", metaDate: headDate(day) });
  }
  // A day then sections behind a dot is a date line alone: several in a row list a record's or a tour's days ("7 mai
  // 2023 · Mondiaux, Doha" / "13 juin 2025 · Mondiaux, Budapest").
  for (let i = 0; i < ws.length; i++) {
    if (!(ws[i].metaDate && DAY_THEN_RE.test(ws[i].v))) continue;
    const n = nextText(ws, i);
    if (!(n < ws.length && DAY_THEN_RE.test(ws[n].v))) continue;
    for (let j = i; j < ws.length && DAY_THEN_RE.test(ws[j].v); j = nextText(ws, j)) Object.assign(ws[j], { shape: "heading", reason: undefined, metaDate: undefined });
    break;
  }
  // A CMS's stamp in English dates the page when it is the only one (several date a press review's entries).
  const englishStamps = ws.filter((w) => w.englishStamp);
  // (Not one the text introduces, quoting a dispatch: "… la date de publication, écrite ainsi :".)
  if (englishStamps.length === 1 && !afterColon(ws, ws.indexOf(englishStamps[0]))) Object.assign(englishStamps[0], { shape: "furniture", reason: "date line (publication metadata)", metaDate: englishStamps[0].englishStamp });
  // The site's logo in words among the first lines, one word and its full stop, under furniture only: "Passer au
  // contenu principal" / "euronews." (under a blog's name, "steppe." is its post's title).
  for (let i = 0; i < ws.length && ws[i].src.line <= LOGO_WORD_LAST_LINE; i++) {
    if (LOGO_WORD_RE.test(ws[i].v) && ws.slice(0, i).every((x) => x.shape === "blank" || x.shape === "furniture")) Object.assign(ws[i], { shape: "furniture", reason: "site furniture (the site's name)" });
  }
  for (let i = 0; i < ws.length; i++) {
    const n = nextText(ws, i);
    const p = prevText(ws, i);
    // The state's other sites in a row under a ministry's footer (under a sentence ending on a colon, the text's list).
    if (DOMAIN_ROW_RE.test(ws[i].v) && !/:$/u.test(ws[p]?.v ?? "")) Object.assign(ws[i], { shape: "furniture", reason: "site furniture (navigation link)" });
    // A programme's tagline over its episode's title, among the page's first lines: "Le magazine de l'actualité de
    // l'Europe orientale …, un lundi sur deux" / "Épisode 37 – Almaty, terrain neutre entre Bakou et Erevan ?".
    if (ws[i].src.line <= MASTHEAD_LINES && PROGRAMME_TAGLINE_RE.test(ws[i].v) && countWords(ws[i].v) >= PROGRAMME_TAGLINE_WORDS && n < ws.length && EPISODE_TITLE_RE.test(ws[n].v)) Object.assign(ws[i], { shape: "furniture", reason: "site furniture (the programme's tagline)" });
    // A player's button in words over its notice or its timer: "Lecture" / "Publicité – votre vidéo commence dans 5
    // secondes" (elsewhere, "Lecture" may head a review's part; under a day's label, "Mercredi" / "Lecture" / "00:00 /
    // 01:58", an event's kind over its recording).
    if (PLAY_BUTTON_RE.test(ws[i].v) && !(p >= 0 && (WEEKDAY_ALONE_RE.test(ws[p].v) || TIME_LABEL_RE.test(ws[p].v))) && n < ws.length && (/video player/u.test(ws[n].reason ?? "") || /^\d{1,2}:\d{2}\s?\/\s?\d{1,2}:\d{2}$/u.test(ws[n].v))) Object.assign(ws[i], { shape: "furniture", reason: "site furniture (video player)" });
  }
  // A mobile site's menu, its items to tap open, three or more one under another ("Saône-et-Loire ▾" /
  // "Chalon-sur-Saône ▾" / "Économie ▾"), and "Mon compte" beside the site's links (a fact box's "Céréales ▾" falls
  // among rises "▴").
  for (let i = 0; i < ws.length; i++) {
    let end = i;
    while (end < ws.length && TAP_MENU_RE.test(ws[end].v)) end++;
    if (end - i >= TAP_MENU_MIN) for (let j = i; j < end; j++) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (navigation link)" });
    i = Math.max(i, end - 1);
  }
  for (let i = 1; i + 1 < ws.length; i++) {
    if (!ws[i].kind && /^mon compte$/iu.test(ws[i].v) && (/navigation|subscription|paywall/u.test(ws[i - 1].reason ?? "") || ws[i + 1].kind === "furniture")) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (navigation link)" });
  }
  // The site's lines of the page's head, before the text's first paragraph (see HEAD_SEARCH_BOX_RE).
  {
    const practical = (j: number) => j >= 0 && j < ws.length && !ws[j].kind && EVENT_PRACTICAL_RE.test(ws[j].v);
    const hours = (j: number) => j >= 0 && j < ws.length && !ws[j].kind && EVENT_HOURS_RE.test(ws[j].v);
    const headLine = (w: Work) => HEAD_SEARCH_BOX_RE.test(w.v) || HEAD_CLASSIFICATION_RE.test(w.v) || HEAD_CONTENTS_RE.test(w.v) || EVENT_PRACTICAL_RE.test(w.v);
    const textFrom = ws.findIndex((w) => !w.kind && isProse(w) && !headLine(w));
    const head = textFrom < 0 ? ws.length : textFrom;
    const set = (j: number, reason: string) => Object.assign(ws[j], { shape: "furniture", reason: `site furniture (${reason})` });
    for (let i = 0; i < head; i++) {
      const w = ws[i];
      if (w.kind || w.shape === "blank") continue;
      if (HEAD_SEARCH_BOX_RE.test(w.v)) set(i, "navigation link");
      else if (HEAD_CLASSIFICATION_RE.test(w.v)) set(i, "the release's classification fields");
      else if (HEAD_CONTENTS_RE.test(w.v)) set(i, "the issue's contents");
    }
    // An event's admission or contact line takes the event's day and hours beside it, and a short line between them
    // (its venue): "Samedi 15 novembre 2025 de 15 h à 16 h 30" / "Médiathèque de l'Orangerie – Auditorium" / "Entrée
    // libre …". (A programme's hours with no admission line are the text's.)
    for (let i = 0; i < head; i++) {
      if (!practical(i)) continue;
      const run = [i];
      for (const step of [prevText, nextText]) {
        for (let j = step(ws, i); j >= 0 && j < head; j = step(ws, j)) {
          const far = step(ws, j);
          const venue = !ws[j].kind && ws[j].v.length <= VENUE_MAX && !endsSentence(ws[j].v) && (hours(far) || practical(far));
          if (!(hours(j) || practical(j) || venue)) break;
          run.push(j);
        }
      }
      for (const j of run) set(j, hours(j) ? "the event's day and hours" : "the event's practical information");
    }
  }
  // A name with an outlet in capitals signs over the text or under it; amid the text, or one under another, such lines
  // list people (a prize's winners "Aigerim Toleukhan, VLAST" / "Daniyar Moldabekov, ORDA"; a panel's speakers).
  {
    const outletLine = (j: number) => j >= 0 && j < ws.length && NAME_WITH_OUTLET_RE.test(ws[j].v);
    const prose = (w: Work) => !w.kind && isBody(w) && w.v.length >= OUTLET_PROSE_MIN;
    const firstProse = ws.findIndex(prose);
    let lastProse = ws.length - 1;
    while (lastProse >= 0 && !prose(ws[lastProse])) lastProse--;
    for (let i = 0; i < ws.length; i++) {
      if (ws[i].shape !== "credit" || ws[i].kind || !outletLine(i)) continue;
      const amid = i > firstProse && i < lastProse;
      if (amid || outletLine(prevText(ws, i)) || outletLine(nextText(ws, i))) Object.assign(ws[i], { shape: isHeadingShape(ws[i].v) ? "heading" : "paragraph", byline: undefined });
    }
  }
  // An encyclopedia's page title right over its tabs ("Actualités du 24 octobre 2024" / "Page du portail   Discussion")
  // is its headline, though it reads as a date line.
  for (let i = 0; i < ws.length; i++) {
    const next = nextText(ws, i);
    if (next < ws.length && /date line/.test(ws[i].reason ?? "") && !ws[i].kind && WIKI_TABS_RE.test(ws[next].v)) Object.assign(ws[i], { shape: "heading", reason: undefined });
  }
  // The interviewer closing an interview, under its last answer and over no more of the text: "Propos recueillis par
  // Étienne Valadier pour les Éditions Karavane." (in a press review, other outlets' interviews are quoted so).
  for (let i = 0; i < ws.length; i++) {
    if (!INTERVIEWER_STOP_RE.test(ws[i].v)) continue;
    const p = prevText(ws, i);
    const n = nextText(ws, i);
    if (p >= 0 && isProse(ws[p]) && !(n < ws.length && isProse(ws[n]))) Object.assign(ws[i], { shape: "credit", byline: true });
  }
  // Names each with a day, one under another, list interviews ("Aïgerim Seitkali, mercredi 24 septembre 2025" / "Nurlan
  // Ermekov, jeudi 25 septembre 2025"), not the byline: a signature stands alone.
  for (let i = 0; i < ws.length; i++) {
    if (!ws[i].byline || !NAME_THEN_DAY_RE.test(ws[i].v)) continue;
    const listed = [prevText(ws, i), nextText(ws, i)].some((j) => j >= 0 && j < ws.length && NAME_THEN_DAY_RE.test(ws[j].v));
    if (!listed) continue;
    Object.assign(ws[i], { byline: false, metaDate: undefined, listedDay: true });
    shapeOf(ws[i]);
  }
  // Two stamps or more behind bars ("04.10.26 | 16h05 | MAJ 16h40" / …) stamp a box's dispatches or a timetable's rows:
  // none is the page's. So do two "Posté le … par …" or more, a box's items or readers' comments; one alone is the
  // page's only right under its menus or its path, among its first lines (over a flash item's headline, the item's).
  const underMenus = (i: number) => ws[i].src.line <= SERVICE_POSTED_LAST_LINE && ws.slice(0, i).some((x) => /navigation|breadcrumb|menu/u.test(x.reason ?? ""));
  // (Others after the text begins stamp a box of the site's news: the one over it, maybe under the standfirst, stays
  // the page's. A post's line, "Publié par Le Figaro · 23 septembre 2025 · International", and a stamp behind bars are
  // the page's only alone on it: a press review cites several.)
  const proseFrom = ws.findIndex(isProse);
  const proseAt = proseFrom < 0 ? -1 : ws.findIndex((w, i) => i > proseFrom && isProse(w));
  // A line read again from its text, once what an earlier reading gave it is cleared and `mark` set.
  const readAgain = (i: number, mark: Partial<Work>) => {
    Object.assign(ws[i], { metaDate: undefined, reason: undefined, byline: undefined, ...mark });
    shapeOf(ws[i]);
  };
  const stampKinds = [
    { re: BAR_STAMP_RE, alone: true },
    { re: POSTED_SHORT_RE, alone: false },
    { re: SERVICE_POSTED_RE, alone: false },
    { re: POSTED_BY_META_RE, alone: true },
  ];
  for (const { re, alone } of stampKinds) {
    const stamps = ws.flatMap((w, i) => (!w.kind && re.test(w.v) ? [i] : []));
    const head = stamps.filter((i) => proseAt < 0 || i < proseAt);
    const own = head.length === 1 && (!alone || stamps.length === 1) && (re === BAR_STAMP_RE || underMenus(head[0])) ? head[0] : -1;
    for (const i of stamps) {
      if (i !== own) readAgain(i, { listedDay: true });
    }
  }
  // A post's line with its tail is the page's byline only alone on the page and over the text: several stamp a box of
  // other posts ("Les plus commentés"). Over or under the article's own byline, it names the account that posted it:
  // "Publié le 10 février 2025 par Pôle Conférences — 3 commentaires" over "Rédigé par Inès Moulin et …".
  const tailedAt = ws.flatMap((w, i) => (w.tailed ? [i] : []));
  for (const i of tailedAt) {
    const alone = tailedAt.length === 1 && (proseAt < 0 || i < proseAt);
    if (!alone || [prevText(ws, i), nextText(ws, i)].some((j) => j >= 0 && j < ws.length && ws[j].byline && !ws[j].tailed)) readAgain(i, { tailed: undefined, untailed: true });
  }
  // The communication service of the organisation the site is, over the text: "Par la commission Communication de la
  // Ligue" (in the text, "Par la direction de la communication du Gouvernement" heads a part).
  for (let i = 0; i < (proseFrom < 0 ? ws.length : proseFrom); i++) if (!ws[i].kind && ORGANISATION_SERVICE_BYLINE_RE.test(ws[i].v)) Object.assign(ws[i], { shape: "credit", byline: true });
  // Among the page's first lines, a market's quotations one a line, two or more one under another: "COTATIONS DU JOUR"
  // / "Blé tendre Rouen : 226,50 €/t (+1,25)" / "Orge fourragère Rouen : 198,00 €/t (=)" (one alone, "Prix du blé
  // kazakh à l'export : 228 $/t", is a key figure).
  const quoted = (j: number) => j >= 0 && j < ws.length && ws[j].src.line <= QUOTES_LAST_LINE && ws[j].kind !== "furniture" && PRICE_QUOTE_LINE_RE.test(ws[j].v);
  for (let i = 0; i < ws.length && ws[i].src.line <= QUOTES_LAST_LINE; i++) {
    if (quoted(i) && (quoted(i - 1) || quoted(i + 1))) Object.assign(ws[i], { shape: "furniture", reason: "site furniture (the day's rates and weather)" });
  }
  // A menu set one item a line pushes the ticker down: "Flash info : Gitega – …" under the site's lines only (its name,
  // its day, its sections), nothing of the article's text above it.
  for (let i = 0, head = true; i < ws.length && ws[i].src.line <= QUOTES_LAST_LINE && head; i++) {
    const w = ws[i];
    // (The headline is still to come: "Dernière minute : le Kazakhstan et la RDC établissent …" over the byline is
    // one.)
    const headlineBelow = () => [1, 2, 3].map((k) => nthText(ws, i, k)).some((j) => j < ws.length && !ws[j].kind && ws[j].shape === "heading" && countWords(ws[j].v) >= 5);
    if (!w.kind && w.shape !== "furniture" && ((w.src.line > TICKER_LAST_LINE && NEWS_TICKER_RE.test(w.v)) || LATEST_NEWS_RE.test(w.v)) && headlineBelow()) Object.assign(w, { shape: "furniture", reason: "site furniture (news ticker)" });
    head = w.shape === "blank" || w.shape === "heading" || (w.kind ?? w.shape) === "furniture";
  }
  // Where and when an event took place, under its title and before the text: "Metz, campus du Saulcy, 14 mars 2025" (in
  // the text, a diary's or a chronology's intertitle). Its day dates the page only when nothing else does (a report is
  // published after the event).
  const textFrom = ws.findIndex(isProse);
  for (let i = 0; i < textFrom; i++) {
    const w = ws[i];
    if (w.kind || w.shape !== "heading" || w.v.length > 100) continue;
    // An event's kind and day under a headline: alone, "Conférence de presse du 12 mars 2025" is the page's headline.
    const p = prevText(ws, i);
    const kind = EVENT_KIND_DATE_RE.test(w.v) && p >= 0 && isHeadline(ws[p]);
    if (!kind && !EVENT_PLACE_DATE_RE.test(w.v)) continue;
    const last = findDates(w.v).filter((m) => !m.relative).pop();
    if (last && (kind || w.v.endsWith(last.evidence))) Object.assign(w, { shape: "furniture", reason: "date line (the event's place and day)", metaDate: headDate(last, true) });
  }
  // An old article's warning in the page's head, before the text's second paragraph (the first may be a caption):
  // "Prenez note que cet article publié en 2025 pourrait contenir des informations qui ne sont plus à jour." (a
  // fact-check may list it among examples).
  for (let i = 0, prose = 0; i < ws.length && prose < 2; i++) {
    if (ws[i].kind) continue;
    if (OLD_ARTICLE_NOTICE_RE.test(ws[i].v)) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (the site's notice on an old article)" });
    else if (isProse(ws[i])) prose++;
  }
  // A site's tagline in small letters under its name, over its menu: "le magazine des expositions et des scènes".
  for (let i = 0; i < Math.min(textFrom < 0 ? ws.length : textFrom, TAGLINE_LAST_LINE); i++) {
    const w = ws[i];
    const n = nextText(ws, i);
    const p = prevText(ws, i);
    // Under the site's name, a few words ("LE REGARD"): under a headline, its second line; no figures (a kicker's
    // "qualifications pour la Coupe du monde 2026").
    // (An institution's longer name, its tagline in small letters over the site's language switcher or menu: "Ambassade
    // de la République du Kazakhstan" / "au Royaume de Belgique et au Grand-Duché de Luxembourg" / "FR | EN | NL"; a
    // headline, "Visite du ministre kazakh à Luxembourg", over its subtitle is no name.)
    const overMenus = n < ws.length && /language switcher|navigation menu/u.test(ws[n].reason ?? "") && p >= 0 && INSTITUTION_NAME_RE.test(ws[p].v);
    // (Or the site saying what it is: "Le magazine de l’architecture et de la ville", maybe since when: "…, depuis 1946".)
    const says = SITE_SELF_RE.test(w.v);
    if (p < 0 || ws[p].v.split(/\s+/u).length > (overMenus || (says && NAME_WORDS_RE.test(ws[p].v)) ? SITE_NAME_MAX_WORDS : 4) || (/\d/u.test(w.v) && !(says && SINCE_YEAR_RE.test(w.v)))) continue;
    if (w.kind || !(w.shape === "paragraph" || (says && w.shape === "heading")) || w.v.length > 80 || !(/^\p{Ll}/u.test(w.v) || says) || endsSentence(w.v) || /[,:;]$/u.test(w.v)) continue;
    if (n < ws.length && (ws[n].kind ?? ws[n].shape) === "furniture") Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (the site's tagline)" });
  }
  // A blog's tagline, one sentence on the second line under its name of four words at most, right over the site's menu:
  // "Les Ailes du Cosmodrome" / "Carnet de bord d'un passionné de gros porteurs, de fusées et de pistes perdues …" /
  // "Accueil    Spotting    Cosmodromes    Archives    Contact" (its home or contact named: a page's tags under a short
  // headline and its standfirst are no menu).
  if (ws[1]?.src.line === 2 && !ws[1].kind && ws[1].shape === "paragraph" && ws[1].v.length <= TAGLINE_SENTENCE_MAX && innerSentenceBreaks(ws[1].v) === 0 && countWords(ws[0].v) <= 4 && !ws[0].kind && !endsSentence(ws[0].v) && /navigation menu/u.test(ws[2]?.reason ?? "") && SITE_MENU_WORD_RE.test(ws[2].v)) {
    Object.assign(ws[1], { shape: "furniture", kind: "furniture", reason: "site furniture (the site's tagline)" });
  }
  // A flash's label in capitals on the first line, over the site's name: "FLASH INFO : Bamako : reprise progressive …"
  // / "Djoliba Infos" (over the text, "ALERTE INFO – Le Kazakhstan rappelle son ambassadeur …" is the headline).
  const top = ws.findIndex((w) => w.shape !== "blank");
  const under = top >= 0 ? nextText(ws, top) : ws.length;
  if (top >= 0 && !ws[top].kind && FLASH_CAPITALS_RE.test(ws[top].v) && NEWS_TICKER_RE.test(ws[top].v) && under < ws.length && !ws[under].kind && !ws[under].byline && ws[under].v.split(/\s+/u).length <= SITE_NAME_WORDS && !/\d/u.test(ws[under].v) && !endsSentence(ws[under].v)) {
    Object.assign(ws[top], { shape: "furniture", kind: "furniture", reason: "site furniture (news ticker)" });
  }
  // A site's name and its tagline behind a bar, its first line, over its menus: "VNP – Vietnam Presse | Le service en
  // français de l’Agence d’information du Vietnam".
  if (top >= 0 && top < textFrom && ws[top].src.line <= TAGLINE_LAST_LINE && !ws[top].kind && SITE_TAGLINE_BAR_RE.test(ws[top].v)) {
    const n = nextText(ws, top);
    if (n < ws.length && (ws[n].kind ?? ws[n].shape) === "furniture") Object.assign(ws[top], { shape: "furniture", kind: "furniture", reason: "site furniture (the site's name and tagline)" });
  }
  // The site's name on the first line, over its menus, printed again in its footer after the text, over its address,
  // its phone or its copyright, or last: "Ministère des Affaires étrangères de la République d’Azerbaïdjan" over "AZ
  // EN   RU   FR   AR" and over "AZ1009, Bakou, …" / "Tél. : …" (a headline on the first line is printed again in a
  // share box or a list of recent posts).
  // (Maybe under the page's address a scraper wrote first; printed again with its rights: "Fédération Française de
  // Sambo – Tous droits réservés".)
  const nameAt = top >= 0 && (ws[top].kind ?? ws[top].shape) === "furniture" && /the page's web address/u.test(ws[top].reason ?? "") ? nextText(ws, top) : top;
  if (nameAt >= 0 && nameAt < ws.length && nameAt < textFrom && !ws[nameAt].kind && ws[nameAt].v.length <= SITE_NAME_MAX && !endsSentence(ws[nameAt].v)) {
    const name = ws[nameAt].v;
    const n = nextText(ws, nameAt);
    let lastProse = ws.length - 1;
    while (lastProse >= 0 && !isProse(ws[lastProse])) lastProse--;
    const withCopyright = (v: string) => v.startsWith(name) && NAME_RIGHTS_RESERVED_RE.test(v.slice(name.length));
    const again = lastProse < 0 ? -1 : ws.findIndex((w, i) => i > lastProse && (w.v === name || withCopyright(w.v)));
    const under: number[] = [];
    for (let j = nextText(ws, again); again > 0 && j < ws.length && under.length < FOOTER_LOOK_LINES; j = nextText(ws, j)) under.push(j);
    const footer = under.length === 0 || under.some((j) => FOOTER_LINE_RE.test(ws[j].v)) || withCopyright(ws[again]?.v ?? "");
    if (again > 0 && footer && n < ws.length && /navigation|menu|language switcher|breadcrumb/u.test(ws[n].reason ?? "")) {
      // (A footer's line read as furniture already keeps its reason: "© 2025 … – Tous droits réservés" is a copyright.)
      for (const i of [nameAt, again]) if (i === nameAt || (ws[i].kind ?? ws[i].shape) !== "furniture") Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (the site's name, printed again in its footer)" });
    }
  }
  // A date set as a calendar's leaf among the page's first lines, its day, its month and its year one under another:
  // "02" / "JUIL" / "2024" (or "02 JUIL" / "2024"), read as one date line, over the section's labels or the headline
  // (an agenda's leaf stands under its label, a day's banner over the day's name: "16" / "décembre" / "1991" / "Fête de
  // l'Indépendance").
  for (let i = 0; i < textFrom && ws[i].src.line <= QUOTES_LAST_LINE; i++) {
    if (ws[i].kind || !/^\d{1,2}(?:er)?(?:\s\p{L}{3,9}\.?)?$/u.test(ws[i].v)) continue;
    const p = prevText(ws, i);
    if (p >= 0 && AGENDA_LABEL_RE.test(ws[p].v)) continue;
    for (const size of [2, 3]) {
      const leaf = ws.slice(i, i + size);
      if (leaf.length < size || leaf.some((w) => w.kind || w.v.length > LEAF_PART_MAX)) break;
      // (Maybe over the section's path first: "Haut niveau  •  International".)
      let n = nextText(ws, i + size - 1);
      if (n < ws.length && /\s[•·|›/]\s/u.test(ws[n].v) && countWords(ws[n].v) <= SITE_NAME_WORDS) n = nextText(ws, n);
      if (n >= ws.length || !((ws[n].kind ?? ws[n].shape) === "furniture" || ws[n].byline || countWords(ws[n].v) >= HEADLINE_WORDS)) continue;
      const text = leaf.map((w) => w.v).join(" ");
      const d = readDateLine(text);
      if (!d || d.relative || d.precision !== "day" || d.evidence !== text) continue;
      leaf.forEach((w, k) => Object.assign(w, { shape: "furniture", reason: "date line (publication metadata)", metaDate: k === 0 ? headDate(d) : undefined }));
      break;
    }
  }
  // A newsletter's contents in its head, over the first article: "Dans ce numéro" over a list of its items; in an
  // e-mail newsletter, "AU SOMMAIRE" too. (An e-mail: its header, or its own lines, "Si ce message ne s'affiche pas
  // correctement…"; a sign-up box's "Se désinscrire à tout moment" is a page's.)
  const letter = ws.some((w) => w.email || /e-mail newsletter furniture/u.test(w.reason ?? ""));
  for (let i = 0; i < textFrom; i++) {
    const digest = DIGEST_TOPICS_RE.test(ws[i].v);
    if (ws[i].kind || !(CONTENTS_OPENER_RE.test(ws[i].v) || digest || (letter && NEWSLETTER_CONTENTS_LABEL_RE.test(ws[i].v)))) continue;
    let end = nextText(ws, i);
    if (end >= ws.length || ws[end].shape !== "list-item") continue;
    while (end < ws.length && ws[end].shape === "list-item" && !ws[end].kind) end = nextText(ws, end);
    if (digest && !ws.slice(i + 1, end).every((w) => w.shape === "blank" || DIGEST_TOPIC_RE.test(w.v))) continue;
    for (let j = i; j < end; j++) if (ws[j].shape !== "blank") Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (table of contents)" });
  }
  // A newswire's label over the client whose release it carries: "Nouvelles fournies par" / "Cameco Corporation".
  ws.forEach((w, i) => {
    if (w.kind || !NEWS_PROVIDED_RE.test(w.v)) return;
    const reason = "site furniture (the newswire's label and its client)";
    Object.assign(w, { shape: "furniture", kind: "furniture", reason });
    const n = nextText(ws, i);
    // (A name: "Journée de la République : l'ambassade ouvre ses portes" under a local site's label is the headline.)
    if (n < ws.length && !ws[n].kind && ws[n].v.length <= NEWS_CLIENT_MAX && !endsSentence(ws[n].v) && !/:/u.test(ws[n].v) && countWords(ws[n].v) <= NEWS_CLIENT_WORDS) Object.assign(ws[n], { shape: "furniture", kind: "furniture", reason, byline: false });
  });
  // A press database's source, as it files it, over its date line: "Le Courrier de l'Ouest (site web)".
  ws.forEach((w, i) => {
    const n = nextText(ws, i);
    if (!w.kind && w.shape === "heading" && DATABASE_SOURCE_RE.test(w.v) && n < ws.length && /date line/.test(ws[n].reason ?? "")) Object.assign(w, { shape: "furniture", reason: "site furniture (the press database's labels)" });
  });
  // A wire's client screen may hold a dispatch's versions one under another, each under its header ("02/09/2025 09:14
  // GMT FLASH", "… URGENT", then the full text): an earlier version whose words the last one repeats is superseded by
  // it.
  const wireHeaders = ws.flatMap((w, i) => (/date line/.test(w.reason ?? "") && WIRE_KIND_RE.test(w.v) ? [i] : []));
  // The terminal sets each dispatch under a rule ("-----"): an article quoting dispatches does not.
  const underRule = (i: number) => {
    const p = prevText(ws, i);
    return p >= 0 && !/[\p{L}\p{N}]/u.test(ws[p].v);
  };
  if (wireHeaders.length >= 2 && wireHeaders.every(underRule)) {
    const last = wireHeaders[wireHeaders.length - 1];
    const longWords = (from: number, to: number) => new Set(ws.slice(from, to).flatMap((w) => w.v.toLowerCase().match(/\p{L}{4,}/gu) ?? []));
    const final = longWords(last, ws.length);
    for (let k = 0; k + 1 < wireHeaders.length; k++) {
      const version = longWords(wireHeaders[k] + 1, wireHeaders[k + 1]);
      const repeated = [...version].filter((word) => final.has(word)).length;
      if (version.size === 0 || repeated < version.size * WIRE_VERSION_REPEATED) continue;
      for (let j = wireHeaders[k]; j < wireHeaders[k + 1]; j++) {
        if (ws[j].shape !== "blank" && ws[j].kind !== "furniture") Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "an earlier version of the dispatch (a flash or an urgent the full text below repeats)", metaDate: undefined });
      }
    }
  }
  // A letter's signature under its last sentence, the writer and their town: "Bernard Lacombe, Montélimar (Drôme)"
  // (over a paragraph or a list, such a line heads a portrait's section).
  ws.forEach((w, i) => {
    if (w.kind || w.shape !== "heading" || !TOWN_SIGNATURE_RE.test(w.v)) return;
    const p = prevText(ws, i);
    const n = nextText(ws, i);
    const sentence = p >= 0 && (ws[p].shape === "paragraph" || ws[p].shape === "quote") && endsSentence(ws[p].v);
    if (sentence && !(n < ws.length && isBody(ws[n]))) w.shape = "credit";
  });
  // A press database's "Illustration(s) :" labels the photo's caption on the next line.
  ws.forEach((w, i) => {
    if (!/press database's labels/.test(w.reason ?? "") || !/^(?:illustration|photo|légende)/iu.test(w.v)) return;
    const n = nextText(ws, i);
    if (n < ws.length && !ws[n].kind && ws[n].shape === "paragraph" && ws[n].v.length <= CAPTION_MAX) ws[n].shape = "credit";
  });
  // A stamp or a player's prompt the text quotes, under a line ending in ":" ("… la mention en bas du texte est sans
  // ambiguïté :" / "Publié à 5 h 00 Mis à jour à 9 h 13"), is the text's.
  for (let i = 1; i < ws.length; i++) {
    const w = ws[i];
    if (w.kind || w.shape !== "furniture" || !QUOTED_TOOL_RE.test(w.v)) continue;
    const p = prevText(ws, i);
    // (Under the site's own label, "Notes aux rédactions :", it is the site's.)
    if (p >= 0 && /:$/u.test(ws[p].v) && ws[p].shape !== "furniture") Object.assign(w, { shape: isHeadingShape(w.v) ? "heading" : "paragraph", reason: undefined, metaDate: undefined });
  }

  // Hard-wrapped prose (text pasted from a PDF or an e-mail): a line that ends on a little word ("… devant les
  // députés, un") or runs on into a line starting in lower case is a piece of a paragraph, not a heading.
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (w.shape !== "heading") continue;
    const next = ws[i + 1];
    // "Une dette qui n’en est pas une" over a blank line is a heading: a wrapped line runs on into the next one.
    if (next && (next.shape === "paragraph" || next.shape === "heading") && (endsOnLittleWord(w.v) || /^\p{Ll}/u.test(next.v))) w.shape = "paragraph";
  }

  // An e-mail's header is a block of such lines, with who sent it and its subject, at the top of the file (a forwarded
  // newsletter); what comes before it is the forwarder's note. Elsewhere, or alone, such lines are read as any other.
  // A mail client's mark over the forwarded message ("---------- Forwarded message ---------", "-------- Message
  // transféré --------") ends the forwarder's own e-mail: its header, its day and its note above are its, and the
  // forwarded header is looked for under the mark.
  // (Quoted by a page, under its headline and its text, the mark opens a quotation: an e-mail above it names an
  // address or a forward's subject.)
  // (Or Outlook's rule of underscores under a forward whose subject opens the page and whose sender's address follows:
  // "TR: Corridor médian – …" / "Sophie Lambert <sophie.lambert@…>" / … / "________________________________".)
  const openingForward = (() => {
    const first = ws.findIndex((w) => w.shape !== "blank");
    if (first < 0 || !FORWARD_SUBJECT_RE.test(ws[first].v)) return -1;
    const rule = ws.findIndex((w, i) => i > first && i < FORWARD_MARK_LAST && OUTLOOK_RULE_RE.test(w.src.text.trim()));
    if (rule < 0) return -1;
    const above = ws.slice(first, rule);
    // (Not with a forwarded header of its own, "De :" … "Objet :", read below; and the pasted text longer than the
    // e-mail over it: a release's own rule, over its "À propos", follows the release.)
    const words = (list: Work[]) => list.reduce((n, w) => n + countWords(w.v), 0);
    const header = above.some((w) => /^(?:de|from)\s*:/iu.test(w.v)) && above.some((w) => /^(?:objet|sujet|subject)\s*:/iu.test(w.v));
    return above.some((w) => MAIL_ADDRESS_RE.test(w.v)) && !header && words(ws.slice(rule + 1)) > 2 * words(above) ? rule : -1;
  })();
  const markAt = ws.findIndex((w, i) => i < FORWARD_MARK_LAST && FORWARD_MARK_RE.test(w.v));
  const forwardAt = markAt > 0 && ws.slice(0, markAt).some((w) => MAIL_ADDRESS_RE.test(w.v) || FORWARD_SUBJECT_RE.test(w.v)) ? markAt : markAt === 0 ? 0 : openingForward;
  for (let i = 0; i < forwardAt; i++) if (ws[i].shape !== "blank") Object.assign(ws[i], { shape: "furniture", reason: "the forwarder's e-mail, above the forwarded message", metaDate: undefined, byline: undefined, email: false });
  let firstEmail = -1;
  let lastEmail = -1;
  for (let i = forwardAt + 1, before = 0; i < ws.length && firstEmail < 0; i++) {
    if (!ws[i].email) {
      if (ws[i].shape === "blank" || ws[i].shape === "furniture") continue;
      // Above a forwarded e-mail, a line or two of the forwarder's, each short; more text above is the article's.
      if (++before > EMAIL_NOTE_LINES || ws[i].v.length > EMAIL_NOTE_MAX) break;
      continue;
    }
    let end = i;
    const block: number[] = [];
    while (end < ws.length && (ws[end].email || ws[end].shape === "blank")) {
      if (ws[end].email) block.push(end);
      end++;
    }
    const heads = block.map((j) => ws[j].v);
    if (block.length >= 3 && heads.some((h) => /^(?:de|from)\s*:/iu.test(h)) && heads.some((h) => /^(?:objet|sujet|subject)\s*:/iu.test(h))) {
      firstEmail = i;
      lastEmail = block[block.length - 1];
    }
    break;
  }
  // A mailing list's digest: each message's header under its number ("Message: 1" / "Date: …" / "From: …" / "Subject:
  // …" / "To: …") is the list's.
  const digestHeaders = new Set<number>();
  for (let i = 0; i < ws.length; i++) {
    if (!DIGEST_MESSAGE_RE.test(ws[i].v)) continue;
    const block: number[] = [];
    for (let j = i + 1; j < ws.length && ws[j].email; j++) block.push(j);
    const heads = block.map((j) => ws[j].v);
    if (block.length < 3 || !heads.some((h) => /^(?:de|from)\s*:/iu.test(h)) || !heads.some((h) => /^(?:objet|sujet|subject)\s*:/iu.test(h))) continue;
    Object.assign(ws[i], { shape: "furniture", reason: "e-mail header (metadata)" });
    for (const j of block) digestHeaders.add(j);
  }
  for (let i = 0; i < ws.length; i++) {
    if (!ws[i].email || (i >= firstEmail && i <= lastEmail) || digestHeaders.has(i)) continue;
    Object.assign(ws[i], { email: false, reason: undefined, metaDate: undefined });
    shapeOf(ws[i], false);
  }
  // A reply quoting, behind "> ", a message the page gives above: the quotation repeats one of its paragraphs ("> Coup de
  // théâtre ce soir à Almaty : …" under the reply, the message itself higher up; a letter's sections behind "> ",
  // named in its removed contents, stay).
  for (let i = 0; i < ws.length; i++) {
    const quoted = REPLY_QUOTE_RE.exec(ws[i].src.text);
    if (!quoted || ws[i].kind || quoted[1].length < REPLY_QUOTE_MIN) continue;
    if (ws.slice(0, i).some((x) => !x.kind && x.shape === "paragraph" && !REPLY_QUOTE_RE.test(x.src.text) && x.v.includes(quoted[1]))) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "a message quoted again in a reply (the page gives it above)" });
  }
  for (let i = 0; i < firstEmail; i++) {
    if (ws[i].shape !== "blank" && ws[i].shape !== "furniture") Object.assign(ws[i], { shape: "furniture", reason: "note above a forwarded e-mail" });
  }
  // Under a forwarded e-mail's text, "--" opens its sender's signature: "--" / "Jean-Pierre Lhomme" / "Envoyé de mon
  // iPhone".
  // (Over a fact box, "--" / "Repères" / its sentences, it breaks a section: the signature is a few short lines.)
  let signatureAt = -1;
  for (let i = ws.length - 1; firstEmail >= 0 && signatureAt < 0 && i > lastEmail; i--) if (/^--\s*$/u.test(ws[i].src.text)) signatureAt = i;
  const signed = ws.slice(signatureAt + 1).filter((w) => w.shape !== "blank");
  if (signatureAt >= 0 && signed.length <= SIGNATURE_LINES_MAX && signed.every((w) => w.v.length <= SIGNATURE_LINE_MAX))
    for (let i = signatureAt + 1; i < ws.length; i++) if (ws[i].shape !== "blank") Object.assign(ws[i], { shape: "furniture", reason: "the e-mail's signature" });
  // Under a forwarded header, the sender's note signed by a short name is theirs, over the page they pasted: "Salut
  // Marc, vu ça hier soir, …" / "JP" / then the site's name and the article.
  const note = forwardAt >= 0 && lastEmail >= 0 ? nextText(ws, lastEmail) : ws.length;
  const signOff = note < ws.length ? nextText(ws, note) : ws.length;
  if (signOff < ws.length && ws[note].shape === "paragraph" && ws[note].v.length <= EMAIL_NOTE_MAX * 2 && NOTE_SIGN_OFF_RE.test(ws[signOff].v) && nextText(ws, signOff) < ws.length) {
    for (const k of [note, signOff]) Object.assign(ws[k], { shape: "furniture", reason: "note above a forwarded e-mail" });
  }

  // Under an e-mail's header, an application's mark that it shared the article: "Transféré depuis l'application
  // InfoContinu". The lines between are the sender's note ("Salut Sophie, je suis retombé sur cet article, …"); the
  // e-mail's day is when it was sent, counted only when the article gives none.
  const sharedAt = lastEmail >= 0 ? [nextText(ws, lastEmail), nthText(ws, lastEmail, 2), nthText(ws, lastEmail, 3)].find((k) => k < ws.length && SHARED_FROM_APP_RE.test(ws[k].v)) : undefined;
  if (sharedAt !== undefined) {
    // (Sentences or a greeting signed: the article's headline may stand there, over the mark.)
    const between = ws.slice(lastEmail + 1, sharedAt).filter((w) => w.shape !== "blank" && w.shape !== "furniture");
    const note = (v: string) => /[.!?…]$/u.test(v) || /^(?:salut|bonjour|coucou|hello|cher|chère)(?!\p{L})/iu.test(v) || /(?:bises|bisous|amitiés|cordialement|à plus|a\+),?\s\p{Lu}[\p{L}-]+$/iu.test(v);
    if (between.every((w) => w.v.length <= EMAIL_NOTE_MAX * 2 && w.shape === "paragraph" && note(w.v))) for (const w of between) Object.assign(w, { shape: "furniture", reason: "note above a forwarded e-mail" });
    Object.assign(ws[sharedAt], { shape: "furniture", reason: "site furniture (share prompt)" });
    // Its link to the article on the site, under the text: "Lire l'article sur le site : https://…".
    for (let i = sharedAt + 1; i < ws.length; i++) if (ws[i].shape !== "furniture" && SHARED_ARTICLE_LINK_RE.test(ws[i].v)) Object.assign(ws[i], { shape: "furniture", reason: "site furniture (e-mail newsletter furniture)" });
    for (let i = firstEmail; i <= lastEmail; i++) if (ws[i].metaDate) ws[i].metaDate = { ...ws[i].metaDate!, weak: true };
  }

  readerHeader(ws);
  clippings(ws);
  annexedText(ws);
  aggregatorItems(ws);
  newsletterBoxes(ws);
  newsletterSections(ws);
  searchResults(ws);
  alertOverArticle(ws);
  platformLines(ws);
  boardThread(ws);
  previousColumnTail(ws);
  archivedBroadcast(ws);
  unionBanner(ws);
  portalLines(ws);
  headBylines(ws);
  fieldsLines(ws);
  catalogueRecord(ws);
  wikiBanners(ws);
  wikipediaHead(ws);
  readerItemHead(ws);
  profileCard(ws);
  cutHeadlines(ws);
  headSiteTools(ws);
  interfaceLines(ws);
  hashtagLines(ws);
  pagerTitles(ws);
  headMenus(ws);
  playerTitles(ws);
  smallBylines(ws);
  scoreWidget(ws);
  feedbackButtons(ws);
  callsToAction(ws);
  forumLines(ws);
  ageGateButtons(ws);
  searchForms(ws);
  adWidgets(ws);
  filmButtons(ws);
  readerViewTime(ws);
  repeatedButtons(ws);
  groupTabs(ws);
  keyFigures(ws);
  documentLinks(ws);
  streamingEmbeds(ws);
  toolButtons(ws);
  secondLineAddress(ws);
  lastLineAddress(ws);
  transcriptTimes(ws);
  listRuns(ws, (v) => CHAPTER_RE.test(v), (v) => /^0?0:00/u.test(v));
  listRuns(ws, (v) => PROPOSAL_RE.test(v) && innerSentenceBreaks(v) === 0);
  channelNames(ws);

  // Runs of lines read together: an interview's dialogue, a timeline, key points, a table of contents, a video player.
  const firstSpeaker = ws.findIndex((w) => SPEAKER_LABEL_RE.test(w.v) || MEMBER_LABEL_RE.test(w.v));
  // The notes a line calls, "(1)", in the order of the lines: a note "(1) …" answers a call above it.
  const calledAt = new Map<string, number>();
  ws.forEach((w, j) => {
    for (const m of w.src.text.matchAll(/\((\d{1,2})\)|\[(\d{1,2})\]/gu)) if (m.index! > 0 && !calledAt.has(m[1] ?? `[${m[2]}]`)) calledAt.set(m[1] ?? `[${m[2]}]`, j);
    if (/[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(w.src.text)) for (const m of w.src.text.matchAll(RAISED_CALL_RE)) if (!calledAt.has(lowered(m[1]))) calledAt.set(lowered(m[1]), j);
  });
  // The site's name as its first lines print it, folded only when a credit names a site.
  const mastheadLines = ws.slice(0, MASTHEAD_LINES).filter((w) => w.shape === "furniture" || w.shape === "heading").map((w) => w.v);
  let mastheads: Set<string> | undefined;
  const isMasthead = (name: string) => (mastheads ??= new Set(mastheadLines.map(foldName))).has(foldName(name));
  // The site's association with its address, named as its masthead: "Club Alpin Français Belledonne-Grésivaudan,
  // association loi 1901 affiliée à la FFCAM. 120 chemin des Sources, 38920 Crolles." (a fact box's club, "Le club en
  // bref" / "Club Franco-Kazakh de Judo, association loi 1901 …", is another's).
  for (const w of ws) {
    const own = !w.kind && (w.shape === "paragraph" || w.shape === "heading") ? ASSOCIATION_DETAILS_RE.exec(w.v) ?? ASSOCIATION_IS_RE.exec(w.v) : null;
    if (own && isMasthead(own[1])) Object.assign(w, { shape: "furniture", reason: "site furniture (the publisher's details)" });
  }
  // The site's name printed again with its street, its parts apart by dashes: "Barreau de Val-de-Saône – Maison de
  // l'avocat – 2, place du Palais – Accueil du lundi au vendredi, …", "Faculté de droit … — Université de Valbrune — 3,
  // allée des Platanes".
  for (const w of ws) {
    // (Not a programme's item at the site's own place: "Maison du Kazakhstan – 12, rue Lamartine – vendredi 21 mars, 19
    // h : concert de dombra".)
    if (w.kind || (w.shape !== "paragraph" && w.shape !== "heading") || /[.!?:]$|\s:\s/u.test(w.v) || findDates(w.v).length > 0) continue;
    const parts = w.v.split(/\s[–—|]\s/u).map((x) => x.trim());
    if (parts.length >= 2 && parts.slice(1).some((x) => STREET_PART_RE.test(x)) && isMasthead(parts[0])) Object.assign(w, { shape: "furniture", reason: "site furniture (the publisher's details)" });
  }
  for (let i = 0; i < ws.length; i++) {
    const p = prevText(ws, i);
    const n = nextText(ws, i);
    // A communication service signs under the text's last paragraph: "Service communication FFE" over the share bar (in
    // a list of services, or over a paragraph, it is the text's).
    if (!ws[i].kind && COMMUNICATION_SERVICE_SIGN_RE.test(ws[i].v) && p >= 0 && ws[p].shape === "paragraph" && countWords(ws[p].v) >= 8 && !(n < ws.length && (ws[n].shape === "paragraph" || ws[n].shape === "list-item"))) ws[i].shape = "credit";
    // "Contact : … @… – 03 81 65 52 52" is the site's under the text's credit; in a box of practical details, or under
    // a sentence asking readers to write, it is the text's.
    if (!ws[i].kind && CONTACT_PHONE_RE.test(ws[i].v) && p >= 0 && (ws[p].shape === "credit" || ws[p].byline)) Object.assign(ws[i], { shape: "furniture", reason: "site furniture (contact details)" });
    // A photographer and an agency in capitals right under a caption, as a slash-separated menu looks: "… au Kazakhstan,
    // en septembre 2023." / "ALEXEÏ DROZDOV / STEPPE IMAGES".
    // (Not one of several such lines, a draw's ties, "FC ASTANA / KAIRAT ALMATY", under "… les affiches suivantes.": the
    // text goes on under it.)
    const capsRun = (j: number) => j >= 0 && j < ws.length && CAPS_NAME_AGENCY_RE.test(ws[j].v);
    if (capsRun(i) && !capsRun(i + 1) && isProse(ws[nextText(ws, i)] ?? ws[i]) && i > 0 && ws[i - 1].shape === "paragraph" && !ws[i - 1].kind && endsSentence(ws[i - 1].v) && ws[i - 1].v.length <= CAPTION_MAX && innerSentenceBreaks(ws[i - 1].v) === 0 && !/(?<!\p{L})suivante?s?(?!\p{L})/iu.test(ws[i - 1].v)) Object.assign(ws[i], { shape: "credit", kind: undefined, reason: undefined });
    // An agency and its photographer in brackets under a caption: "(Xinhua/Wang Sihan)" (under a film's title, its
    // studio and director).
    if (!ws[i].kind && BRACKETED_PHOTO_CREDIT_RE.test(ws[i].v) && p >= 0 && ws[p].shape === "paragraph") ws[i].shape = "credit";
    // The label over a page's attached files: "Documents joints" / "Programme du séjour (PDF, 212 Ko)" (over the
    // documents a text lists, an intertitle).
    if (!ws[i].kind && ATTACHMENTS_LABEL_RE.test(ws[i].v) && n < ws.length && /link to the page's documents/u.test(ws[n].reason ?? "")) Object.assign(ws[i], { shape: "furniture", reason: "site furniture (link to the page's documents)" });
    // A playlist's count of tracks under its player: "▶ Écouter la playlist « … »" / "24 titres · 1 h 18 min" (in a
    // review's fact box, the album's).
    if (!ws[i].kind && TRACKS_COUNT_RE.test(ws[i].v) && p >= 0 && /video player/u.test(ws[p].reason ?? "")) Object.assign(ws[i], { shape: "furniture", reason: "site furniture (video player)" });
    // A Spanish-speaking site's stamps over its French page, one over the other: "Fecha de publicación: 27 mayo 2025
    // 17:05" dates it, "Fecha de actualización: …", its update, only when nothing else does (alone, a stamp the text
    // quotes or a reference's).
    const spanish = SPANISH_STAMP_RE.exec(ws[i].v);
    if (spanish && !ws[i].kind && [p, n].some((j) => j >= 0 && j < ws.length && SPANISH_STAMP_RE.test(ws[j].v))) {
      const date = `${spanish[4]}-${String(SPANISH_MONTHS.indexOf(spanish[3].toLowerCase()) + 1).padStart(2, "0")}-${spanish[2].padStart(2, "0")}`;
      if (isValidIsoDate(date)) Object.assign(ws[i], { shape: "furniture", reason: "date line (publication metadata)", metaDate: headDate({ date, evidence: ws[i].v }, /actualizaci/iu.test(spanish[1])) });
    }
    // The account's handle over its name and the video's day, over the caption: "geopolitik.en.60s" / "Géopolitik en
    // 60s · 2023-11-2" (in a text, "inform.kz" / "Kazinform · 2024-10-3" names a source and its day).
    const videoDay = VIDEO_AUTHOR_DAY_RE.exec(ws[i].v);
    if (videoDay && !ws[i].kind && p >= 0 && BARE_HANDLE_RE.test(ws[p].v) && !ws.slice(0, p).some(isProse)) {
      const date = `${videoDay[1]}-${videoDay[2].padStart(2, "0")}-${videoDay[3].padStart(2, "0")}`;
      if (isValidIsoDate(date)) {
        Object.assign(ws[p], { shape: "furniture", kind: "furniture", reason: "site furniture (the video's author)" });
        Object.assign(ws[i], { shape: "furniture", reason: "date line (the video's author and day)", metaDate: headDate({ date, evidence: ws[i].v }) });
      }
    }
    // A greeting and its day over the text, not over the masthead's bars and menus, is a post's title: "Sälem, Semeï !
    // Mardi 1er juillet 2025" / the diary's first paragraph.
    if (/the day's greeting/u.test(ws[i].reason ?? "") && n < ws.length && (ws[n].kind ?? ws[n].shape) !== "furniture") Object.assign(ws[i], { shape: "heading", reason: undefined, metaDate: undefined });
    // Any sound right under the video's hashtags: "#kazakhstan #macron …" / "♬ Dombra Remix - DJ Aruzhan".
    // A federation's prompt over its networks: "Suivez la FFLDA" / "Facebook | Instagram | YouTube" (in a list of
    // rules, "Suivez la VHF" is one).
    if (!ws[i].kind && FOLLOW_ACRONYM_RE.test(ws[i].v) && n < ws.length && /share prompt|social network|follow/u.test(ws[n].reason ?? "")) Object.assign(ws[i], { shape: "furniture", reason: "site furniture (follow buttons)" });
    if (!ws[i].kind && /^♬/u.test(ws[i].v) && p >= 0 && /\(hashtags\)/u.test(ws[p].reason ?? "")) Object.assign(ws[i], { shape: "furniture", reason: "site furniture (a video's sound)" });
    // A chat exporter's header between its rulers, at the top: "====" / "Guild: …" / "Channel: …" / "Topic: …" / "====".
    if (!ws[i].kind && EXPORTER_HEADER_RE.test(ws[i].v) && ws.slice(Math.max(0, i - 4), i).some((x) => /^={10,}$/u.test(x.v))) Object.assign(ws[i], { shape: "furniture", reason: "site furniture (the chat exporter's header)" });
    // A club's next outings after its text: "Prochaines sorties" over lines each a weekday, a day and the outing
    // ("Samedi 6 septembre — Traversée des Aiguilles d'Arves (AD) — inscriptions ouvertes"), nothing of the text after
    // them (under it, the text goes on: the outings it announces).
    if (!ws[i].kind && NEXT_OUTINGS_RE.test(ws[i].v)) {
      let end = n;
      while (end < ws.length && OUTING_RE.test(ws[end].v)) end = nextText(ws, end);
      if (end > n && (end >= ws.length || ws[end].shape === "furniture")) for (let k = i; k < end; k++) if (ws[k].shape !== "blank") Object.assign(ws[k], { shape: "furniture", reason: "site furniture (the club's next outings)" });
    }
  }
  for (let i = 0; i < ws.length; i++) {
    const start = i;
    // "Comment citer cette publication :" (or "Citer cet article" alone) and the citation on the next line.
    // "Citer ce billet", a blog's, is the site's only over its citation.
    const blog = !ws[i].kind && ws[i].shape === "heading" && /^citer ce billet$/iu.test(ws[i].v);
    // (So is "Pour citer cette annonce", without its colon.)
    const bare = /how to cite/.test(ws[i].reason ?? "") && /^(?:pour|comment) citer\b[^:]*$/iu.test(ws[i].v);
    if ((/how to cite/.test(ws[i].reason ?? "") && /:\s*$/u.test(ws[i].v)) || bare || blog || (ws[i].shape === "furniture" && /^citer (?:cet article|cette (?:note|page|analyse|publication))$/iu.test(ws[i].v))) {
      let n = nextText(ws, i);
      // (A journal's label between them: "Pour citer cet article" / "Référence électronique" / the citation.)
      if (bare && n < ws.length && /^référence (?:électronique|papier|bibliographique)$/iu.test(ws[n].v)) {
        Object.assign(ws[n], { shape: "furniture", reason: "site furniture (how to cite the page)" });
        n = nextText(ws, n);
      }
      const next = ws[n]?.v ?? "";
      // Under "Citer cet article" alone, only a citation: the title in quotation marks, a year.
      const citation = !(/^citer /iu.test(ws[i].v) || bare) || (/«.+»/u.test(next) && /\d{4}/u.test(next) && next.length <= 400);
      if (n < ws.length && next.length <= 600 && citation) {
        Object.assign(ws[n], { shape: "furniture", reason: "site furniture (how to cite the page)", metaDate: undefined });
        if (blog) Object.assign(ws[i], { shape: "furniture", reason: "site furniture (how to cite the page)" });
      }
      continue;
    }
    // "Citer ce commentaire" with only the site's lines after it: the button of a page whose citation is not printed.
    if (!ws[i].kind && ws[i].shape === "heading" && /^citer (?:ce|cet|cette) \p{L}+$/iu.test(ws[i].v) && ws.slice(i + 1).every((w) => w.shape === "blank" || w.shape === "furniture")) {
      Object.assign(ws[i], { shape: "furniture", reason: "site furniture (how to cite the page)" });
      continue;
    }
    // A photo's caption with its credit on the next line: "Le Secrétaire général … à New York." / "Photo ONU/Manuel
    // Elías". A caption is one sentence, or two when short and the text goes on under its credit ("Un site d’extraction
    // … au Kazakhstan. Le pays assure à lui seul près de 40 % de la production mondiale d’uranium."; a gallery's
    // captions and the last paragraph over the page's photo credit are text); a longer paragraph is text the credit
    // merely follows. "… le 24 octobre 2023. (Archives)": a caption's sentence and its label, shaped like a heading. A
    // caption without its full stop over a credit in capitals: "La mine de Cigar Lake, … exploitée par Cameco" / "PHOTO
    // ÉTIENNE LAVALLÉE, ARCHIVES LE COURRIER".
    const textGoesOn = (j: number) => {
      const n = nextText(ws, j);
      return n < ws.length && !ws[n].kind && ws[n].shape === "paragraph";
    };
    const labelled = i > 0 && ws[i - 1].shape === "heading" && (/\.\s*\([^()]{1,30}\)$/u.test(ws[i - 1].v) || CAPS_PHOTO_CREDIT_RE.test(ws[i].v));
    // Initials and an agency closing the text sign it: "PZ/PAP" under the last paragraph, over the tags ("STR/AFP"
    // under a caption, before the text or with the text going on, credits the photo).
    const signsText = INITIALS_AGENCY_RE.test(ws[i].v) && !textGoesOn(i) && ws.slice(0, i - 1).some(isProse);
    // (A photographer's name and agency in small letters, "Kirill Kudryavtsev / AFP", or "PHOTO FOURNIE PAR …", take
    // the line above as their caption only with the text going on under them: closing the page, the last paragraph.)
    const lateCredit = SUPPLIED_PHOTO_RE.test(ws[i].v) && !textGoesOn(i);
    // The site's own name in its masthead, then a photographer's: "L'Écho du Languedoc - Marc Estève" under a caption
    // ("L'ÉCHO DU LANGUEDOC" over the menu), the text going on under it.
    const outlet = OUTLET_PHOTOGRAPHER_DASH_RE.exec(ws[i].v);
    const ownOutlet = !!outlet && isMasthead(outlet[1]);
    if (ownOutlet && !ws[i].kind && ws[i].shape === "heading" && textGoesOn(i)) ws[i].shape = "credit";
    // (Credits of these forms take one sentence at most as their caption: two over them are the text's.)
    const newForm = ownOutlet || (/\/\S/u.test(ws[i].v) && OUTLET_PHOTOGRAPHER_RE.test(ws[i].v));
    const oneSentence = !newForm || (i > 0 && innerSentenceBreaks(ws[i - 1].v) === 0);
    if (ws[i].shape === "credit" && !signsText && !lateCredit && oneSentence && (ownOutlet || PHOTO_CREDIT_RE.test(ws[i].v) || ((PHOTO_AGENCY_RE.test(ws[i].v) || NAMED_PHOTO_AGENCY_RE.test(ws[i].v)) && !AGENCY_SIGNATURE_RE.test(ws[i].v))) && i > 0 && (ws[i - 1].shape === "paragraph" || labelled) && ws[i - 1].v.length <= CAPTION_MAX && innerSentenceBreaks(ws[i - 1].v.replace(/\s*\([^()]{1,30}\)$/u, "")) <= (ws[i - 1].v.length <= SHORT_CAPTION_MAX && textGoesOn(i) ? 1 : 0)) {
      ws[i - 1].shape = "caption";
      continue;
    }
    // A list without bullets, its items one under another, each but the last ending in ";" (the last in "." or ";"):
    // "3 milliards d'euros pour les transports… ;" / "2,5 milliards pour les matières premières critiques ;" / ….
    const item = (j: number) => ws[j].shape === "paragraph" && !ws[j].kind && ws[j].v.length <= LIST_LINE_MAX && innerSentenceBreaks(ws[j].v) === 0;
    if (item(i) && /;$/u.test(ws[i].v)) {
      let end = i;
      while (end < ws.length && item(end) && /;$/u.test(ws[end].v)) end++;
      if (end < ws.length && item(end) && /\.$/u.test(ws[end].v)) end++;
      if (end - i >= 3) {
        for (let j = i; j < end; j++) ws[j].shape = "list-item";
        i = end - 1;
        continue;
      }
    }
    // A chronology set out one event a line, each opening on its day and a colon ("3 janvier 1992 : établissement des
    // relations…", "Septembre 2019 : …"): three or more one under another are a list.
    if (ws[i].shape === "paragraph" && !ws[i].kind && CHRONOLOGY_ITEM_RE.test(ws[i].v)) {
      const end = runEnd(ws, i, ["paragraph"], (v) => CHRONOLOGY_ITEM_RE.test(v));
      if (end - i >= 3) for (let j = i; j < end; j++) if (!ws[j].kind) ws[j].shape = "list-item";
      i = end - 1;
      continue;
    }
    // The attribution under a quotation: "— Antonio Guterres, secrétaire général de l’ONU", or right under it without
    // the dash, a name and a role: "Mourat Nurtleu, ministre kazakh des Affaires étrangères".
    const wholeQuote = i > 0 && ws[i - 1].shape === "quote" && /^[«"“]/u.test(ws[i - 1].v) && /[»"”]$/u.test(ws[i - 1].v);
    if (ws[i].shape === "heading" && i > 0 && ws[i - 1].shape === "quote" && !ws[i].kind && (NAMED_ROLE_RE.test(ws[i].v) || (wholeQuote && QUOTED_SOURCE_RE.test(ws[i].v) && SOURCE_WORD_RE.test(ws[i].v) && ws[i].v.split(/\s+/u).length <= 10))) {
      ws[i].shape = "quote";
      continue;
    }
    // A quotation's sentence going on, on the next line, with the verb that attributes it: "« … »," / "a déclaré M.
    // Tokaïev."
    if (ws[i].shape === "paragraph" && i > 0 && ws[i - 1].shape === "quote" && !ws[i].kind && /[»"”],$/u.test(ws[i - 1].v) && /^\p{Ll}/u.test(ws[i].v) && ws[i].v.length <= 100) {
      ws[i].shape = "quote";
      continue;
    }
    // (A blank line may stand between, before a person's name: "« … »" / "" / "— Mélanie Joly, ministre des Affaires
    // étrangères du Canada"; "– Énergie, uranium et métaux critiques" is an item.)
    const p = prevText(ws, i);
    if (ws[i].shape === "list-item" && p >= 0 && ws[p].shape === "quote" && QUOTE_ATTRIBUTION_RE.test(ws[i].v) && (p === i - 1 || NAMED_ATTRIBUTION_RE.test(ws[i].v))) {
      ws[i].shape = "quote";
      continue;
    }
    // An interview printed as dialogue: dash-led lines of which one at least is a question are its paragraphs, not a
    // list.
    if (ws[i].shape === "list-item" && DIALOGUE_RE.test(ws[i].v)) {
      const end = runEnd(ws, i, ["list-item"], (v) => DIALOGUE_RE.test(v));
      if (ws.slice(start, end).some((w) => /\?\s*[»”]?$/u.test(w.v))) for (let j = start; j < end; j++) ws[j].shape = "paragraph";
      i = end - 1;
      continue;
    }
    // A timeline: two or more lines in a row of a year, a colon and what happened are a list ("1991 : indépendance").
    // Without the colon, three lines or more: "1962 Entre au ministère…", "9 mars 2021 Mort à Almaty".
    const entryRe = ws[i].shape !== "heading" && ws[i].shape !== "paragraph" ? null : TIMELINE_ENTRY_RE.test(ws[i].v) ? TIMELINE_ENTRY_RE : TIMELINE_BARE_RE.test(ws[i].v) ? TIMELINE_BARE_RE : null;
    if (entryRe) {
      const end = runEnd(ws, i, ["heading", "paragraph"], (v) => entryRe.test(v));
      if (end - start >= (entryRe === TIMELINE_ENTRY_RE ? 2 : 3)) for (let j = start; j < end; j++) ws[j].shape = "list-item";
      i = end - 1;
      continue;
    }
    // An official text's signatures under "Fait à Paris, le 6 mai 2024.": "Emmanuel Macron", "Par le Président de la
    // République :", "Le Premier ministre,", "Gabriel Attal", "Pour le Gouvernement de … :", a signatory's office.
    if (SIGNED_AT_RE.test(ws[i].v)) {
      if (ws[i].v.length <= SIGNED_AT_SHORT) ws[i].shape = "credit";
      // Without its town, the clause does not date the page (see its reading), and a heading under it signs only if it
      // is a name ("Un accord attendu des deux côtés" goes on with the article quoting the text).
      const townless = !ws[i].v.startsWith("Fait à");
      if (townless) ws[i].metaDate = undefined;
      let k = nextText(ws, i);
      while (k < ws.length && !ws[k].kind && ws[k].shape !== "furniture" && ws[k].v.length <= 120 && (SIGNATURE_RE.test(ws[k].v) || SIGNATORY_RE.test(ws[k].v) || SIGNING_FOR_RE.test(ws[k].v) || (ws[k].shape === "heading" && /^\p{Lu}/u.test(ws[k].v) && (!townless || isPersonName(ws[k].v))))) {
        Object.assign(ws[k], { shape: "credit", participant: true });
        k = nextText(ws, k);
      }
      i = k - 1;
      continue;
    }
    // "(1) Le présent accord est entré en vigueur…" after the text, its call "(1)" earlier in it: a note, with the
    // sources.
    const note = END_NOTE_RE.exec(ws[i].v);
    if (note && !ws[i].kind && (ws[i].shape === "paragraph" || ws[i].shape === "list-item") && (calledAt.get(note[1] ?? (note[3] ? `[${note[3]}]` : lowered(note[2]))) ?? i) < i) {
      Object.assign(ws[i], { kind: "bibliography", metaDate: undefined });
      continue;
    }
    // Notes whose numbers stand alone on their lines, as a newsletter's page sets them: "1" / "Communiqué du
    // ministère…" / "2" / "La lettre de…". Two notes or more, numbered from 1, each called in the text by its number
    // glued to a word ("plus1.", "syrienne2."): the texts are the article's notes, filed with its sources.
    if (ws[i].v === "1" && ws[i + 1] && ws[i + 1].shape !== "blank") {
      const notes: number[] = [];
      let k = i;
      while (k + 1 < ws.length && ws[k].v === String(notes.length + 1) && ["paragraph", "heading", "credit", "quote"].includes(ws[k + 1].shape) && !ws[k + 1].kind) {
        notes.push(k);
        k = nextText(ws, k + 1);
      }
      // The text above, joined once, only when there are notes to look their calls up in.
      const above = notes.length >= 2 ? ws.slice(0, i).map((w) => w.v).join("\n") : "";
      const called = (n: number) => new RegExp(String.raw`\p{L}[»”")]?${n}(?![\d\p{L}])`, "u").test(above);
      if (notes.length >= 2 && notes.every((_, n) => called(n + 1))) {
        for (const n of notes) {
          Object.assign(ws[n], { shape: "furniture", kind: "furniture", reason: "the number of the note below" });
          Object.assign(ws[n + 1], { kind: "bibliography", metaDate: undefined });
        }
        i = notes[notes.length - 1] + 1;
        continue;
      }
    }
    // A transcript's speakers, each on the line over their words: "M. le président.", "Mme Anne Dupuis, rapporteure de
    // la commission des affaires étrangères.". Three or more on the page: they credit the words that follow.
    if (i === firstSpeaker) {
      const speech = (j: number) => j < ws.length && ws[j].shape === "paragraph" && !SPEAKER_LABEL_RE.test(ws[j].v);
      const labels = ws.flatMap((w, j) => ((SPEAKER_LABEL_RE.test(w.v) || MEMBER_LABEL_RE.test(w.v)) && (w.shape === "paragraph" || w.shape === "heading") && !w.kind && speech(j + 1) ? [j] : []));
      // (A member's label with riding and party names a speaker even alone.)
      if (labels.length >= 3 || labels.some((j) => MEMBER_LABEL_RE.test(ws[j].v))) for (const j of labels) Object.assign(ws[j], { shape: "credit", participant: true });
    }
    // A list copied without its bullets: under a line ending in ":", two lines or more in a row, each opening in lower
    // case, all but the last ending in ";" or "," ("ne jamais rompre avec Moscou ;" / "ne jamais dépendre de Pékin ;").
    if ((ws[i].shape === "paragraph" || ws[i].shape === "heading") && /^\p{Ll}/u.test(ws[i].v) && i > 0) {
      let p = i - 1;
      while (p >= 0 && ws[p].shape === "blank" && p >= i - 2) p--;
      const end = runEnd(ws, i, ["paragraph", "heading"], (v) => /^\p{Ll}/u.test(v) && v.length <= LOWER_ITEM_MAX);
      const items = ws.slice(i, end);
      if (p >= 0 && ws[p].shape !== "blank" && /:$/u.test(ws[p].v) && items.length >= 2 && items.slice(0, -1).every((w) => /[;,]$/u.test(w.v))) {
        for (let j = i; j < end; j++) ws[j].shape = "list-item";
        i = end - 1;
        continue;
      }
    }
    // So is a list whose items open in capitals and close no sentence: under a sentence ending in ":", three short lines
    // or more right under one another, the text going on in prose or under a short label after them ("Ce qu'il faut
    // savoir avant de partir :" / "Un passeport valable au moins trois mois après la date de retour" / "Un billet retour
    // ou de continuation" / … / "Au-delà de 90 jours, …").
    // (Not a box of the site's latest news, "Les derniers communiqués de l'ambassade :", nor a table's rows, their cells
    // set apart by spaces.)
    if (ws[i].shape === "heading" && !ws[i].kind && i > 0 && ws[i - 1].shape === "paragraph" && !ws[i - 1].kind && /:$/u.test(ws[i - 1].v) && countWords(ws[i - 1].v) >= CAPITAL_LIST_INTRO_WORDS && !LATEST_BOX_INTRO_RE.test(ws[i - 1].v)) {
      // (A short label after longer items heads the next part: "Sélectionnez votre demande dans la liste" / "Documents à
      // fournir" / "Un passeport valable …"; over another short item, "Lien de partage" / "Permalien", it is one.)
      let end = i;
      while (end < ws.length && ws[end].shape === "heading" && !ws[end].kind && ws[end].v.length <= LIST_LINE_MAX && !/[.!?:]$/u.test(ws[end].v) && !/\S\s{2,}\S/u.test(ws[end].v) && !(end > i && countWords(ws[end].v) <= 3 && countWords(ws[end + 1]?.v ?? "") >= 4 && ws.slice(i, end).every((w) => countWords(w.v) >= 5))) end++;
      const after = end < ws.length && ws[end].shape === "blank" ? nextText(ws, end) : end;
      const label = end < ws.length && ws[end].shape === "heading" && !ws[end].kind && countWords(ws[end].v) <= 3;
      if (end - i >= 3 && after < ws.length && ((ws[after].shape === "paragraph" && endsSentence(ws[after].v) && !ws[after].kind) || label)) {
        for (let j = i; j < end; j++) ws[j].shape = "list-item";
        i = end - 1;
        continue;
      }
    }
    // A calendar under the paragraph announcing it, each item its day and what or where: "Le calendrier des prochains
    // consulats mobiles est le suivant :" / "8 mars 2025 – Lyon" / "9 mars 2025 – Grenoble" / … (each alone is read as a
    // date line).
    // (Under a box's label, "Les derniers communiqués de l'ambassade :", the site's other news; under "Historique des
    // mises à jour de cette fiche :", the page's own stamps.)
    if (ws[i].shape === "paragraph" && !ws[i].kind && /:$/u.test(ws[i].v) && countWords(ws[i].v) >= CALENDAR_INTRO_WORDS && !PAGE_HISTORY_RE.test(ws[i].v)) {
      const items: number[] = [];
      for (let k = nextText(ws, i); k < ws.length && !ws[k].kind && DATED_ITEM_RE.test(ws[k].v); k = nextText(ws, k)) items.push(k);
      if (items.length >= 2) {
        for (const k of items) Object.assign(ws[k], { shape: "list-item", reason: undefined, metaDate: undefined, entryDay: true });
        i = items[items.length - 1];
        continue;
      }
    }
    // A programme's days, two or more, each over its hours: "Lundi 12 mai" / "18 h : accueil de la délégation à l'hôtel
    // de ville" / "Mardi 13 mai" / "10 h : visite du lycée …" / … (a day's one line may give no hour: "Journée à Orléans
    // …"). They are the text's, a list of days and hours, wherever they stand; each a short line (a live page's entries,
    // "15h10 – Le forum d'affaires s'ouvre …", are its paragraphs), not under an agenda's label ("L'agenda du week-end"
    // over the site's other events).
    if (isProgrammeDay(ws[i])) {
      const days: number[] = [];
      const items: number[] = [];
      let timed = 0;
      let j = i;
      while (j < ws.length && isProgrammeDay(ws[j])) {
        let k = nextText(ws, j);
        const first = k;
        while (k < ws.length && !ws[k].kind && ws[k].shape === "heading" && ws[k].v.length <= PROGRAMME_ITEM_MAX && !isProgrammeDay(ws[k])) {
          const hour = PROGRAMME_HOUR_RE.test(ws[k].v);
          if (!hour && k !== first) break;
          items.push(k);
          if (hour) timed++;
          k = nextText(ws, k);
          if (!hour) break;
        }
        if (k === first) break;
        days.push(j);
        j = k;
      }
      if (days.length >= 2 && timed >= 2) {
        i = items[items.length - 1];
        if (AGENDA_OVER_RE.test(ws[prevText(ws, days[0])]?.v ?? "")) continue;
        for (const d of days) Object.assign(ws[d], { shape: "list-item", reason: undefined, metaDate: undefined, entryDay: true });
        for (const k of items) ws[k].shape = "list-item";
        continue;
      }
    }
    // A programme's sessions, three or more, each its day and hour first: "Ven. 14/11 · 19 h 30 — Soirée d’ouverture :
    // …".
    if (ws[i].shape === "heading" && SESSION_LINE_RE.test(ws[i].v)) {
      const end = runEnd(ws, i, ["heading"], (v) => SESSION_LINE_RE.test(v));
      if (end - i >= 3) for (let j = i; j < end; j++) ws[j].shape = "list-item";
      i = end - 1;
      continue;
    }
    // A block between blank lines amid the text, a short label over three lines or more, none a sentence, the text
    // going on under it, is a list without bullets: "Au programme" / "Accueil en musique …" / "Concert de dombra …" /
    // …, "Les chiffres de la saison 2024" / "180 enfants accueillis (contre 120 en 2023)" / …. (Not an item itself,
    // "Otan : 60,6 %", nor a box of contents, "Sommaire"; a word or two without a figure heads a part of it: "Kata" /
    // "🥈 Kata individuel féminin : …" / ….) (Nor a machine's summary, nor a name or a figure, the first of a list whose
    // label stands apart, "3 pétitions déposées depuis 2024"; nor a poem's lines, "Et mon cœur reste où tu étais".)
    if (ws[i].shape === "heading" && !ws[i].kind && (i === 0 || ws[i - 1].shape === "blank") && countWords(ws[i].v) <= BLOCK_LABEL_WORDS && !/[.!?]$|\s:\s\S/u.test(ws[i].v) && !CONTENTS_RE.test(ws[i].v) && !MACHINE_SUMMARY_RE.test(ws[i].v) && !MACHINE_SUMMARY_LABEL_RE.test(ws[i].v) && !isPersonName(ws[i].v) && !FIGURE_FIRST_RE.test(ws[i].v)) {
      let end = i + 1;
      while (end < ws.length && ws[end].shape === "heading" && !ws[end].kind) end++;
      const part = (j: number) => countWords(ws[j].v) <= 2 && !/[\d:]/u.test(ws[j].v) && j + 1 < end;
      const items = ws.slice(i + 1, end).filter((_, k) => !part(i + 1 + k)).length;
      const verse = ws.slice(i + 1, end).some((w) => /^(?:Et|Mais|Ou|Car|Que|Qui|Quand|Comme)\s/u.test(w.v));
      if (items >= 3 && !verse && end < ws.length && ws[end].shape === "blank" && ws.slice(0, i).some(isProse) && isProse(ws[nextText(ws, end)] ?? ws[i])) {
        for (let j = i + 1; j < end; j++) if (!part(j)) ws[j].shape = "list-item";
        i = end - 1;
        continue;
      }
    }
    // So are a programme's times, three or more in a row: "14h30 – Mot d'accueil …" / "14h40 – Présentation : …" / ….
    // (Under the text, maybe under a label: after the site's lines, "Épisode suivant : …" / "Grille du lundi" / "17h00
    // – Le journal des quartiers" / …, they are the station's.)
    if (ws[i].shape === "heading" && TIMED_ITEM_RE.test(ws[i].v)) {
      const end = runEnd(ws, i, ["heading"], (v) => TIMED_ITEM_RE.test(v));
      const over = prevText(ws, i);
      const text = over >= 0 && (isProse(ws[over]) || (ws[over].shape === "heading" && isProse(ws[prevText(ws, over)] ?? ws[i])));
      if (end - i >= 3 && text) {
        for (let j = i; j < end; j++) ws[j].shape = "list-item";
        i = end - 1;
        continue;
      }
    }
    // And the speakers under their label, each with what they are: "Intervenants" / "Aïnur Dzhaksybekova, vice-ministre
    // de l'Eau …" / ….
    if (ws[i].shape === "heading" && SPEAKERS_LABEL_RE.test(ws[i].v)) {
      const end = runEnd(ws, i + 1, ["heading"], (v) => NAME_ROLE_ITEM_RE.test(v) || CIVILITY_ITEM_RE.test(v));
      if (end - i - 1 >= 2) {
        for (let j = i + 1; j < end; j++) ws[j].shape = "list-item";
        i = end - 1;
        continue;
      }
    }
    // So are three people or more in a row, each with their title and what they are: a jury's, a panel's ("M.
    // Pierre-Yves Garnier, professeur, Université de Clairval – directeur de thèse").
    // (Under the text or a label only, "Composition du jury": over the text, authors with their titles sign it.)
    if (ws[i].shape === "heading" && CIVILITY_ITEM_RE.test(ws[i].v) && (ws.slice(0, i).some(isProse) || PEOPLE_LABEL_RE.test(ws[prevText(ws, i)]?.v ?? ""))) {
      const end = runEnd(ws, i, ["heading"], (v) => CIVILITY_ITEM_RE.test(v));
      if (end - i >= 3) for (let j = i; j < end; j++) ws[j].shape = "list-item";
      i = end - 1;
      continue;
    }
    // Three short "label : value" lines or more in a row are a list without bullets ("Chine : Wang Yi"). (Not the
    // page's title right under the breadcrumb naming it, two words or more: "Accueil / … / Grand circuit Kazakhstan" /
    // "Grand circuit Kazakhstan : des steppes aux montagnes célestes" / "Durée : 12 jours / 10 nuits" / ….)
    const crumb = i > 0 ? prevText(ws, i) : -1;
    if (crumb >= 0 && ws[i].shape === "heading" && /breadcrumb/u.test(ws[crumb].reason ?? "") && countWords(lastCrumb(ws[crumb].v)) >= 2 && ws[i].v.startsWith(`${lastCrumb(ws[crumb].v)} :`)) continue;
    if (ws[i].shape === "heading" && LABELLED_ITEM_RE.test(ws[i].v)) {
      const end = runEnd(ws, i, ["heading"], (v) => LABELLED_ITEM_RE.test(v));
      if (end - start >= 3) for (let j = start; j < end; j++) ws[j].shape = "list-item";
      i = end - 1;
      continue;
    }
    // "Ce qu’il faut retenir" and the lines under it, without blank lines between them (one may stand under the
    // heading): the article's key points, a list.
    const points = (ws[i].shape === "heading" || ws[i].shape === "paragraph") && KEY_POINTS_RE.test(ws[i].v) ? (ws[i + 1]?.shape === "paragraph" ? i + 1 : ws[i + 1]?.shape === "blank" && ws[i + 2]?.shape === "paragraph" ? i + 2 : -1) : -1;
    if (points > 0) {
      const end = runEnd(ws, points, ["paragraph"], (v) => v.length <= KEY_POINT_MAX);
      // One blank line down, each line must be a point of its own: a capital first, no comma last (a sentence broken
      // over two lines is prose).
      const own = points === i + 1 || ws.slice(points, end).every((w) => /^\p{Lu}/u.test(w.v) && !/,$/u.test(w.v));
      if (end - points >= 2 && own) for (let j = points; j < end; j++) ws[j].shape = "list-item";
      i = end - 1;
      continue;
    }
    // "Résumé généré par IA" and its points, down to the next blank line: a machine's summary, not the article's text.
    const noticed = i > 0 && MACHINE_SUMMARY_LABEL_RE.test(ws[i - 1].v) && MACHINE_SUMMARY_NOTICE_RE.test(ws[i].v);
    if (MACHINE_SUMMARY_RE.test(ws[i].v) || noticed) {
      let end = i;
      while (end < ws.length && ws[end].shape !== "blank") end++;
      const from = noticed ? i - 1 : i;
      for (let j = from; j < end; j++) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (a summary written by a machine, not the article's text)", metaDate: undefined });
      i = end - 1;
      continue;
    }
    // "Sommaire" and the numbered section titles under it: the page's table of contents, not its text.
    if (CONTENTS_RE.test(ws[i].v)) {
      let end = i + 1;
      // An encyclopedia's contents box may carry its toggle: "Sommaire" / "masquer" / "1 Années 1990"… An entry may
      // also be a section's title the text repeats further down: "I. Un statut en suspens depuis 1991". Its entries may
      // be links behind arrows or bullets, or numbered: "Dans cette page" / "→ Un désastre devenu symbole" / …, "Sur
      // cette page" / "• Inauguration du nouveau centre" / …, "Sommaire" / "2. Pourquoi le Kazakhstan ?" / ….
      // (Or with its number: "1. L’interdiction européenne" in the box and over its section, not in a recap's list.)
      const repeated = (k: number) => ws[k].v.length <= 120 && ws.some((w, j) => j > k + 1 && (w.v === ws[k].v.replace(CONTENTS_ENTRY_MARK_RE, "") || (w.v === ws[k].v && /^\d/u.test(w.v) && (w.shape === "heading" || isProse(ws[nextText(ws, j)] ?? w)))));
      // ("Plan" alone is a journal's only where its tabs name it, "Résumé | Index | Plan | Texte | …": a model answer's
      // "Plan" over its parts is what the page teaches.)
      if (/^plan\s*:?$/iu.test(ws[i].v) && !ws.slice(0, i).some((w) => w.shape === "furniture" && JOURNAL_TABS_RE.test(w.v))) continue;
      // (A course's plan is the page's own contents over its lesson only: under a text announcing a course, it says what
      // the course holds.)
      if (/^plan du cours/iu.test(ws[i].v) && ws.slice(0, i).some(isProse)) continue;
      const own = OWN_CONTENTS_RE.test(ws[i].v);
      while (end < ws.length && ws[end].shape !== "blank" && ((own && CONTENTS_ENTRY_RE.test(ws[end].v) && (!endsSentence(ws[end].v) || /\s\?$/u.test(ws[end].v))) || repeated(end) || (own && CONTENTS_TOGGLE_RE.test(ws[end].v)))) end++;
      if (end - start >= 3) {
        // (Over the text, its label, "Dans cet article", opens no block of links: the lines under the box are the
        // article's; after the text, other articles' cards may follow it.)
        const overText = !ws.slice(0, start).some(isProse);
        for (let j = start; j < end; j++) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (table of contents)", teaser: overText ? undefined : ws[j].teaser });
        i = end - 1;
      }
      continue;
    }
    // The title of a video between its label and its player's length, in the text: "Vidéo" / "Pourquoi le Kazakhstan
    // attire les convoitises des grandes puissances" / "Durée : 04:12" (over the text, a video page's headline).
    if (/video player/.test(ws[i].reason ?? "") && i >= 2 && ws[i - 1].shape === "heading" && !ws[i - 1].kind && /^vidéo$/iu.test(ws[i - 2].v) && /^durée\s?:/iu.test(ws[i].v) && ws.slice(0, i - 2).some(isProse)) {
      Object.assign(ws[i - 1], { shape: "furniture", reason: "site furniture (video player: the video's title or chapters)" });
    }
    // A player under the page's date line, its title over its times alone on their lines, up to the next blank line:
    // "Vidéo" / "Le Kazakhstan, nouveau médiateur du Caucase ?" / "01:47" / "Lecture en cours"; "Écouter" / "Écouter (3
    // min)" / "Ajouter à ma liste" / "Partager" / "Le reportage de Marion Lefort à Astana" / "00:00" / "03:12". (Over
    // the date line, a video page's headline may stand over its length. One title only: under it, a podium's names over
    // their times are the text's.)
    const playerStart = /video player/.test(ws[i].reason ?? "") || (/layout label/.test(ws[i].reason ?? "") && PLAYER_LABEL_RE.test(ws[i].v));
    if (playerStart && ws.slice(0, i).some((w) => /date line|publication time/.test(w.reason ?? ""))) {
      let titled = false;
      for (let j = i + 1; j < ws.length && ws[j].shape !== "blank"; j++) {
        const timeUnder = j + 1 < ws.length && BARE_TIME_RE.test(ws[j + 1].v);
        // (Its times get their own reason: under a time, the older rule below reads a heading as a chapter's title.)
        if (BARE_TIME_RE.test(ws[j].v) || LISTEN_LENGTH_RE.test(ws[j].v) || PLAYER_STATE_RE.test(ws[j].v)) Object.assign(ws[j], { shape: "furniture", reason: "site furniture (the player's time, length or state)" });
        else if (ws[j].shape === "heading" && !ws[j].kind && timeUnder && !titled) {
          Object.assign(ws[j], { shape: "furniture", reason: "site furniture (the player's title)" });
          titled = true;
        } else if (ws[j].shape !== "furniture") break;
      }
    }
    // Right over its button, under the page's date line, the video's title behind its label: "Vidéo : la bande-annonce
    // d'Aqsu" / "Lire la vidéo" ("Vidéo : AFP" credits it; over the date line, a video page's headline may stand so).
    const overPlayer = /video player/.test(ws[i].reason ?? "") ? prevText(ws, i) : -1;
    if (overPlayer >= 0 && !ws[overPlayer].kind && VIDEO_TITLE_LABEL_RE.test(ws[overPlayer].v) && ws.slice(0, overPlayer).some((w) => /date line|publication time/u.test(w.reason ?? ""))) Object.assign(ws[overPlayer], { shape: "furniture", reason: "site furniture (video player: the video's title or chapters)" });
    // The title of a video, printed under its player's controls, up to the next blank line.
    if (/video player/.test(ws[i].reason ?? "")) {
      for (let j = i + 1; j < ws.length && ws[j].shape !== "blank"; j++) {
        // Under the player, its chapters ("00:52 Le Bélarus aux portes de l’OCS") and the video's title. A heading
        // under a player with no time on it ("Regarder … en direct") is the page's own: "Ce qu’il faut retenir". Right
        // under "À voir en vidéo", the embedded video's title.
        // (A date line's time above it, "2025.03.12. 16:41", stamps the page, its headline under it, when menus stand
        // between it and the player: right under the player, it stamps the video.)
        // (Under a chapter, "27:30 Conclusion", the description's next part behind its emoji, "📚 SOURCES", is no
        // title.)
        const timed = /\d:\d\d/u.test(ws[j - 1].v) && !(VIDEO_CHAPTER_RE.test(ws[j - 1].v) && LEADING_EMOJI_RE.test(ws[j].v)) && (!/date line|publication time/u.test(ws[j - 1].reason ?? "") || j - 1 === i + 1);
        const chapter = /^\d{1,2}:\d{2}/u.test(ws[j].v) || timed || (j === i + 1 && VIDEO_LABEL_RE.test(ws[i].v));
        // (Its reporters, "Reportage de Marion Teyssèdre et Kévin Bouchet", credit the video.)
        if (ws[j].shape === "heading" && chapter && VIDEO_REPORTERS_RE.test(ws[j].v)) Object.assign(ws[j], { shape: "credit" });
        else if (ws[j].shape === "heading" && chapter) Object.assign(ws[j], { shape: "furniture", reason: "site furniture (video player: the video's title or chapters)" });
        else if (ws[j].shape !== "furniture") break;
      }
    }
  }

  // The page's first line naming the outlet a byline names after its author, "ici Belfort Montbéliard" / … / "Par Julien
  // Mercier, ici Belfort Montbéliard": the site's name.
  const topLine = ws.findIndex((w) => w.v !== "");
  const outlet = topLine >= 0 ? `, ${ws[topLine].v.toLowerCase()}` : "";
  if (topLine >= 0 && !ws[topLine].kind && ws.some((w, i) => i > topLine && w.shape === "credit" && /^par\s/iu.test(w.v) && w.v.toLowerCase().endsWith(outlet))) Object.assign(ws[topLine], { shape: "furniture", reason: "site furniture (the site's name, as its byline gives it)" });
  // The author's name and how they wrote, its comma left before the day on the next line: "Jeanne Dumesnil, envoyée
  // spéciale à Astana (Kazakhstan)," / "le 18/09/2025 à 17:32" (a list of speakers, "Marc Petit, correspondant en Asie
  // centrale pour Radio Asie,", each with its comma, is none).
  for (let i = 0; i + 1 < ws.length; i++) {
    if (ws[i].kind || ws[i].v.length > 120 || !NAMED_ROLE_BYLINE_RE.test(ws[i].v)) continue;
    const n = nextText(ws, i);
    const p = prevText(ws, i);
    if (n < ws.length && /date line/u.test(ws[n].reason ?? "") && !(p >= 0 && /,$/u.test(ws[p].v))) Object.assign(ws[i], { shape: "credit", byline: true });
  }
  // Over the text (its first paragraph of prose), a site's search box and menu, and a wiki's tabs.
  // A site's menu opened under its "Menu" button over the text, an item a line, lines touching: "Menu" / "Infos" /
  // "Sports" / "Météo" / "Trafic" (three items or more of one word; in the text, "Menu" lists a dinner's dishes).
  const beforeText = ws.findIndex(isProse);
  // ("À la une" is one, whatever its shape, over two of a newspaper's sections, no byline nor day above it: under an
  // article's headline, a menu it shows is its text.)
  // (Nothing of an article above line j: no byline nor day, maybe no headline either.)
  const bareAbove = (j: number, headlines: boolean) => !ws.slice(0, j).some((w) => w.shape === "credit" || /date line/u.test(w.reason ?? "") || (headlines && !w.kind && w.shape !== "furniture" && countWords(w.v) > HEADLINE_WORDS));
  const frontPage = (j: number) => FRONT_PAGE_HEAD_LABEL_RE.test(ws[j].v) && ws.slice(j + 1, j + 1 + MENU_AFTER_FRONT_PAGE).filter((w) => MENU_SECTION_RE.test(w.v)).length >= 2 && bareAbove(j, false);
  const item = (j: number) => j < ws.length && !ws[j].kind && (ws[j].shape === "heading" || frontPage(j)) && countWords(ws[j].v) <= MENU_ITEM_WORDS && /^\p{Lu}/u.test(ws[j].v) && !/[.!?:,;\d]/u.test(ws[j].v);
  // (Without its button, each of three words at most, none opening on an article: a headline under the tags, "Le rock
  // kazakh débarque".)
  const bare = (j: number) => item(j) && countWords(ws[j].v) <= BARE_MENU_ITEM_WORDS && (!ARTICLE_FIRST_RE.test(ws[j].v) || SITE_PAGE_ITEM_RE.test(ws[j].v));
  for (let i = 0; i + 1 < ws.length && (beforeText < 0 || i < beforeText); i++) {
    // A weather site's search box over the text: "Rechercher une ville, un code postal…" (in a how-to's steps, the text's).
    if (!ws[i].kind && SEARCH_PLACE_RE.test(ws[i].v)) Object.assign(ws[i], { shape: "furniture", reason: "site furniture (navigation link)" });
    // (Or without its button, five items or more touching, two of them a newspaper's sections: "Actualité" /
    // "Bretagne" / "Sports" / "Loisirs" / "Économie" / "Avis de décès".)
    if (!MENU_BUTTON_RE.test(ws[i].v)) {
      if (i > 0 && ws[i - 1].shape !== "blank" && bare(i - 1)) continue;
      let end = i;
      while (bare(end)) end++;
      // (Or a magazine's sections, two of the site's own pages among them, no byline, day nor headline above:
      // "Lanceurs" / "Satellites" / … / "Boutique" / "Mon compte"; under an article's headline, tabs it shows are its
      // text.)
      const sitePages = bareAbove(i, true) && ws.slice(i, end).filter((w) => SITE_PAGE_ITEM_RE.test(w.v)).length >= 2;
      if (end - i < BARE_MENU_ITEMS_MIN || (ws.slice(i, end).filter((w) => MENU_SECTION_RE.test(w.v)).length < 2 && !sitePages)) continue;
      for (let j = i; j < end; j++) Object.assign(ws[j], { shape: "furniture", reason: "site furniture (navigation menu or tag list)" });
      i = end - 1;
      continue;
    }
    let end = i + 1;
    // (Its items may run to four words: "Services aux citoyens" / "Politique étrangère" / "Entreprendre à l'étranger".)
    while (item(end)) end++;
    if (end - i - 1 < MENU_ITEMS_MIN) continue;
    for (let j = i + 1; j < end; j++) Object.assign(ws[j], { shape: "furniture", reason: "site furniture (navigation menu or tag list)" });
    i = end - 1;
  }
  // A ticket office's rows over the show's text (under a text, a release's box may sell the tickets it announces; its
  // terms are no prose of the text).
  const ticketsBefore = ws.findIndex((w) => isProse(w) && !TICKET_OFFICE_RE.test(w.v));
  for (let i = 0; i < ws.length && (ticketsBefore < 0 || i < ticketsBefore); i++) {
    if (ws[i].kind || !TICKET_OFFICE_RE.test(ws[i].v)) continue;
    Object.assign(ws[i], { shape: "furniture", reason: "site furniture (the ticket office)" });
    // Its label over it: "Dates et tarifs".
    const label = ws[prevText(ws, i)];
    if (label && !label.kind && (label.shape === "heading" || label.shape === "paragraph") && countWords(label.v) <= TICKET_LABEL_WORDS && !/[.!?:]$/u.test(label.v)) Object.assign(label, { shape: "furniture", reason: "site furniture (the ticket office)" });
  }
  // A wiki's tabs and tools, one a line under the page's title: "Ajouter des langues" / "Texte" / "Discussion" / "Lire" /
  // "Modifier" / "Voir l’historique" / "Outils" (three or more touching, "Discussion" among them).
  // (Over the text: a text may list them, "les onglets que l'on trouve en haut de chaque article :".)
  for (let i = 0; i < ws.length && (beforeText < 0 || i < beforeText); i++) {
    if (ws[i].kind || !WIKI_TAB_RE.test(ws[i].v)) continue;
    let end = i;
    while (end < ws.length && !ws[end].kind && WIKI_TAB_RE.test(ws[end].v)) end++;
    const tabs = ws.slice(i, end).flatMap((w) => w.v.match(WIKI_TAB_ITEM_RE) ?? []);
    if (tabs.length >= MENU_ITEMS_MIN && tabs.some((t) => /^discussion$/iu.test(t))) for (let j = i; j < end; j++) Object.assign(ws[j], { shape: "furniture", reason: "site furniture (the wiki's tabs and tools)" });
    i = end;
  }
  // A newsletter's pitch between its prompt and its form, lines touching: "Recevez nos infolettres" / "Le Courrier vous
  // propose une sélection quotidienne de nos meilleurs articles." / "Adresse courriel   M'inscrire".
  const prompt = (w: Work | undefined) => w !== undefined && /subscription prompt/.test(w.reason ?? "");
  for (let i = 1; i + 1 < ws.length; i++) {
    if (!ws[i].kind && ws[i].shape === "paragraph" && ws[i].v.length <= 240 && prompt(ws[i - 1]) && prompt(ws[i + 1]) && FORM_FIELD_RE.test(ws[i + 1].v))
      Object.assign(ws[i], { shape: "furniture", reason: "site furniture (subscription prompt: the newsletter's pitch)" });
  }

  // A record's rubric given again in brackets over each of its items: "DÉCLARATIONS DE DÉPUTÉS" / "[Déclarations de
  // députés]" / "Les relations entre le Canada et le Kazakhstan" (a bracket in a text, "[Applaudissements]", names no
  // rubric of the page).
  const rubrics = new Set<string>();
  for (const w of ws) {
    const bracketed = /^\[([^[\]]{3,80})\]$/u.exec(w.v)?.[1].toLowerCase();
    if (!w.kind && bracketed && rubrics.has(bracketed)) Object.assign(w, { shape: "furniture", reason: "site furniture (section label or kicker in the article's head)" });
    // (A rubric in capitals, two words or more: a song's "Refrain" / "[Refrain]" is its text.)
    if ((w.shape === "furniture" && bracketed) || (w.v.length <= 80 && !/\p{Ll}/u.test(w.v) && countWords(w.v) >= 2)) rubrics.add(bracketed ?? w.v.toLowerCase());
  }
  // Lines that are the site's only right under its other lines (see UNDER_FURNITURE): an embedded post's counts under
  // its stamp, a disclaimer among the footer's lines.
  for (let i = 1; i < ws.length; i++) {
    const over = ws[prevText(ws, i)];
    const found = !ws[i].kind && over && (over.kind ?? over.shape) === "furniture" ? UNDER_FURNITURE.find(([re]) => re.test(ws[i].v)) : undefined;
    if (found) Object.assign(ws[i], { shape: "furniture", reason: found[1] });
  }
  // The label over a legal notice: "Avertissement" / "Ce communiqué contient des informations et déclarations
  // prospectives …".
  for (let i = 0; i + 1 < ws.length; i++) {
    const n = nextText(ws, i);
    if (!ws[i].kind && /^(?:avertissement|disclaimer|mentions légales)\s?:?$/iu.test(ws[i].v) && n < ws.length && /legal notice/u.test(ws[n].reason ?? "")) Object.assign(ws[i], { shape: "furniture", reason: ws[n].reason });
  }
  // A paywall's pitch between its notice and its buttons, lines touching: "Cet article est réservé aux abonnés" / "Pour
  // nos abonnés, l'article se compose de 4 pages" / "Accédez à l'intégralité de nos 52 000 articles, sans publicité" /
  // "Je m'abonne    Déjà abonné ? Se connecter".
  const paywallEnd = (w: Work | undefined) => w !== undefined && /paywall notice|subscription (?:or donation )?prompt/u.test(w.reason ?? "");
  for (let i = 0; i + 2 < ws.length; i++) {
    if (!/paywall notice/u.test(ws[i].reason ?? "")) continue;
    let end = i + 1;
    // (Each line speaks of the offer: the article's own lines may stand there, "Cet article est réservé aux abonnés" /
    // the standfirst / "Je m'abonne".)
    while (end < ws.length && end - i <= PAYWALL_PITCH_MAX_LINES && !ws[end].kind && (ws[end].shape === "paragraph" || ws[end].shape === "heading") && ws[end].v.length <= 200 && PAYWALL_PITCH_RE.test(ws[end].v)) end++;
    if (end > i + 1 && paywallEnd(ws[end])) for (let j = i + 1; j < end; j++) Object.assign(ws[j], { shape: "furniture", reason: "site furniture (paywall notice: its pitch)" });
  }

  // An advertiser's words printed right under the label, a call to buy: "PUBLICITÉ" / "Crédit Auto Express : votre
  // véhicule en 72 h. Simulez votre prêt en ligne !" / blank (the text goes on under a label standing alone, or after a
  // blank).
  for (let i = 0; i + 1 < ws.length; i++) {
    const ad = ws[i + 1];
    // (A bookmaker's odds over the gambling warning: "Pariez sur la prochaine rencontre du Kazakhstan : cote 2,10 – …" /
    // "Jouer comporte des risques : …".)
    // (Not a quotation between an empty slot and the next ad's warning, nor the ad a text introduces and discusses:
    // "La publicité incriminée … se présentait ainsi :" / "Publicité" / "Pariez sur …".)
    const warned = i + 2 < ws.length && ws[i + 2].reason === "site furniture (legal notice)" && BETTING_AD_RE.test(ad.v) && !afterColon(ws, i);
    if (ws[i].reason !== "site furniture (advertising)" || ad.kind || (ad.shape !== "paragraph" && ad.shape !== "heading") || !(AD_COPY_RE.test(ad.v) || AD_MARKED_RE.test(ad.v) || OFFER_TERMS_RE.test(ad.v) || BRAND_CALL_RE.test(ad.v) || ADVERTISER_SLOGAN_RE.test(ad.v) || warned)) continue;
    // The advertisement closes: a blank line or the site's furniture under it, not more text (an advertiser's slogan to
    // the reader may stand over the text's next intertitle).
    // (Two advertisers' calls may follow each other under the label: "Envie de changer de voiture ? Estimez …" /
    // "Nouveau Dacia Duster à partir de 19 990 €. Découvrez-le chez votre concessionnaire."; a call may stand over the
    // text's next intertitle. Both with their price or conditions: a tip under an empty slot, "Vous comptez skier ?
    // Réservez votre forfait …", is the text's.)
    const second = i + 2 < ws.length && !ws[i + 2].kind && ws[i + 2].shape === "paragraph" && AD_MARKED_RE.test(ad.v) && AD_MARKED_RE.test(ws[i + 2].v) && (i + 3 >= ws.length || ws[i + 3].shape === "blank" || ws[i + 3].shape === "furniture");
    if (!ADVERTISER_SLOGAN_RE.test(ad.v) && i + 2 < ws.length && ws[i + 2].shape !== "blank" && ws[i + 2].shape !== "furniture" && !(ws[i + 2].shape === "heading" && AD_MARKED_RE.test(ad.v)) && !second) continue;
    Object.assign(ad, { shape: "furniture", reason: "site furniture (advertising)" });
    if (second) Object.assign(ws[i + 2], { shape: "furniture", reason: "site furniture (advertising)" });
  }

  // "Contacts" after the text, over a contact's phone or e-mail within the lines right under it, opens the contacts
  // ("Contacts" over the text's paragraphs, even with a consulate's number in one, is an intertitle; in the page's
  // head, a menu's last link).
  const bodyFrom = ws.findIndex(isBody);
  // A release's call to contact its press office, under its text: "Pour plus d’informations, veuillez contacter :". (An
  // issuer's box may follow: "À propos de l'OIM" / "L'Organisation internationale pour les migrations …". So for
  // "Renseignements :", which amid a text gives an event's practical details.)
  // (Or unlabelled, the issuer named as the text's first line names it, after a release's dateline naming the issuer:
  // "Le Comité international de la Croix-Rouge (CICR) est une organisation impartiale, …" under "Astana (CICR) – Le
  // Comité international de la Croix-Rouge (CICR) et …"; a guest's or a subject's description stays.)
  const standing = (x: Work) => {
    const subject = STANDING_SUBJECT_RE.exec(x.v);
    return !!subject && bodyFrom >= 0 && ws[bodyFrom].v.includes(subject[1]) && RELEASE_DATELINE_RE.exec(ws[bodyFrom].v)?.[1] === subject[2];
  };
  const underText = (i: number) =>
    !ws.slice(i + 1).some((x, k) => {
      const label = ws[prevText(ws, i + 1 + k)]?.v ?? "";
      return isProse(x) && !(ABOUT_LABEL_RE.test(label) && namesIssuer(label, x.v)) && !standing(x);
    });
  for (let i = bodyFrom + 1; i < ws.length && bodyFrom >= 0; i++) {
    const call = CONTACT_CALL_RE.test(ws[i].v) && underText(i);
    if (ws[i].kind || !(CONTACTS_LABEL_RE.test(ws[i].v) || PRESS_CONTACTS_LABEL_RE.test(ws[i].v) || call)) continue;
    let details = false;
    // (A sentence giving a number, "Le standard du consulat répond au (+7) 727 …", is the text's.)
    for (let j = i + 1; j <= i + CONTACT_LOOKAHEAD && j < ws.length && ws[j].shape !== "blank" && !details; j++) details = CONTACT_DETAIL_RE.test(ws[j].v) && !endsSentence(ws[j].v);
    if (!details) continue;
    Object.assign(ws[i], { shape: "furniture", reason: "site furniture (press contact)", teaser: { words: ws[i].v, standalone: true } });
    for (let j = i + 1; j < ws.length; j++) if (!ws[j].kind && isProse(ws[j]) && standing(ws[j])) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (the issuer's description under its release)" });
  }
  // A release's sentence inviting journalists to write, under its text, over the issuer's description of itself when
  // the issuer is the site: "Pour plus d’informations, les journalistes sont invités à contacter … (+33 1 45 24 97 00)."
  // / "L’Organisation de coopération et de développement économiques (OCDE) est une organisation internationale …"
  // ("OCDE" over the site's menu).
  const siteIssuer = (x: Work) => {
    const subject = STANDING_SUBJECT_RE.exec(x.v);
    return !!subject && ws.slice(0, MASTHEAD_LINES).some((w) => w.v === subject[2]);
  };
  for (let i = bodyFrom + 1; i < ws.length && bodyFrom >= 0; i++) {
    if (ws[i].kind || !PRESS_CONTACT_INVITE_RE.test(ws[i].v)) continue;
    const after = ws.slice(i + 1).filter((x) => !x.kind && isProse(x));
    if (after.length === 0 || !after.every(siteIssuer)) continue;
    Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (press contact)" });
    for (const x of after) Object.assign(x, { shape: "furniture", kind: "furniture", reason: "site furniture (the issuer's description under its release)" });
  }

  // "Mis en ligne sur Transbalkanica le …" dates the page above its text (under its standfirst, maybe); below, "Mis en
  // ligne sur YouTube le 17 juin 2022" dates an embedded video: an intertitle.
  const standfirst = ws.findIndex(isProse);
  const textBegins = standfirst < 0 ? -1 : ws.findIndex((w, i) => i > standfirst && isProse(w));
  for (let i = textBegins + 1; i < ws.length && textBegins >= 0; i++) {
    if (ws[i].metaDate && !ws[i].kind && PLATFORM_DATE_RE.test(ws[i].v)) Object.assign(ws[i], { shape: "heading", reason: undefined, metaDate: undefined });
  }
  // "Ce qui se passe" over a paragraph is the text's intertitle (in a social network's column, its trends follow).
  for (let i = 0; i < ws.length; i++) {
    if (!/social post's counters/.test(ws[i].reason ?? "") || /\d/u.test(ws[i].v) || ws[i].v.split(/\s+/u).length < 3) continue;
    const n = nextText(ws, i);
    if (n < ws.length && isProse(ws[n])) Object.assign(ws[i], { shape: "heading", reason: undefined });
  }
  // The text's last paragraph: before its references ("Pour aller plus loin", "Notes"), if it has any.
  const apparatus = ws.findIndex((w, i) => i > bodyFrom && bodyFrom >= 0 && !w.kind && BIBLIOGRAPHY_MARKER_RE.test(w.v));
  let proseEnd = -1;
  for (let i = (apparatus < 0 ? ws.length : apparatus) - 1; i >= 0 && proseEnd < 0; i--) if (isProse(ws[i])) proseEnd = i;
  // After the text's last paragraph, labels open the site's headlines: "À LA UNE" over short lines (in the head, "À la
  // une" may stand over the article's own headline; over prose, it is the text's intertitle); "Dernières nouvelles"
  // over headlines each behind its time, "17:58   Djeyhoun Bayramov reçoit …", or its day, "2 novembre 2023 — Le Chef de
  // l'État a reçu …" (a live page's entries, "16h45" / a title / a paragraph, are the text's).
  const timed = (j: number) => j < ws.length && (TIMED_HEADLINE_RE.test(ws[j].v) || DATED_HEADLINE_RE.test(ws[j].v));
  for (let i = Math.max(proseEnd, bodyFrom) + 1; i < ws.length && bodyFrom >= 0; i++) {
    if (ws[i].kind) continue;
    const n = nextText(ws, i);
    // (So does a portal's "Plus de Le Courrier de l'Économie" over its partner's other headlines, the partner's name
    // alone on a line above it, its logo.)
    const partner = MORE_FROM_RE.exec(ws[i].v)?.[1];
    const more = !!partner && ws.some((x, j) => j < i && x.v === partner) && n < ws.length && !isProse(ws[n]);
    const opens = (FRONT_PAGE_LABEL_RE.test(ws[i].v) && n < ws.length && !isProse(ws[n])) || (LATEST_NEWS_LABEL_RE.test(ws[i].v) && timed(n) && timed(nextText(ws, n))) || more;
    if (opens) Object.assign(ws[i], { shape: "furniture", reason: "site furniture (link to another article)", teaser: { words: ws[i].v, standalone: true } });
  }
  // A site's videos after the text's last paragraph, under their label, each with its length: "VIDÉO" / "▶ Séance du
  // Cabinet des Ministres (12:04)" (in the text, "► Ouverture officielle (09:30)" is a programme's hour).
  for (let i = Math.max(proseEnd, bodyFrom) + 1; i < ws.length && bodyFrom >= 0; i++) {
    if (!VIDEOS_LABEL_RE.test(ws[i].v)) continue;
    for (let j = i + 1; j < ws.length && ws[j].shape !== "blank" && VIDEO_LINK_RE.test(ws[j].v); j++) Object.assign(ws[j], { shape: "furniture", reason: "site furniture (video player)" });
  }
  // A release's end mark, "###", "-30-" or "– FIN –", after its text: what follows is the organisation's (its note to
  // editors, its contacts, its other news). Only one mark, with one paragraph at most after it (a blog's "###" between
  // its sections is a separator).
  const endMark = ws.findIndex((w, i) => i > bodyFrom && bodyFrom >= 0 && RELEASE_END_RE.test(w.v));
  const marks = ws.filter((w) => RELEASE_END_RE.test(w.v)).length;
  // After "– FIN –", a dispatch's end, the one paragraph must be under "À propos de …" (a blogger reposting a dispatch
  // comments under it: "Mon commentaire : …").
  const fin = endMark > 0 && /FIN/u.test(ws[endMark].v);
  const proseAfter = endMark > 0 ? ws.slice(endMark).filter(isProse).length : 0;
  if (endMark > 0 && marks === 1 && proseAfter <= 1 && (!fin || proseAfter === 0 || ws.slice(endMark).some((w) => ABOUT_LABEL_RE.test(w.v)))) {
    for (let i = endMark; i < ws.length; i++) if (ws[i].shape !== "blank") Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (after the release's end mark)", teaser: undefined });
  }
  // An e-mail newsletter's footer after its text, "Vous recevez cette lettre parce que…": the lines under it are the
  // footer's too ("Les opinions exprimées … n'engagent que leur auteur.", an attachment, the past issues), unless a
  // paragraph of the text comes after it (at the top of the letter, the footer's line stands over the text).
  const letterFooter = bodyFrom < 0 ? -1 : ws.findIndex((w, i) => i > bodyFrom && /e-mail newsletter furniture/u.test(w.reason ?? "") && UNSUBSCRIBE_RE.test(w.v));
  if (letterFooter > 0 && !ws.slice(letterFooter).some((w) => !w.kind && w.shape === "paragraph" && countWords(w.v) >= LETTER_TAIL_WORDS)) {
    for (let i = letterFooter + 1; i < ws.length; i++) {
      if (ws[i].shape !== "blank" && !ws[i].kind && ws[i].shape !== "furniture") Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (the e-mail newsletter's footer)" });
    }
  }

  // Text printed twice: a paragraph pasted twice, a pull quote repeating a sentence of the article.
  const seenAt = new Map<string, number>();
  const quotes: number[] = [];
  // The last three paragraphs, for a pull quote printed under the paragraph it repeats.
  let recent: number[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (w.shape !== "paragraph" && w.shape !== "quote") continue;
    const first = seenAt.get(w.v);
    if (first !== undefined && w.v.length >= REPEAT_MIN_CHARS) {
      Object.assign(w, { shape: "furniture", reason: `repeats line ${ws[first].src.line} (the same text pasted twice)` });
      continue;
    }
    // A pull quote set without quotation marks: the first words of a paragraph just above, printed again, alone.
    const repeated = w.shape === "paragraph" && w.v.length >= REPEAT_MIN_CHARS && w.v.length <= PULL_QUOTE_MAX ? recent.find((j) => ws[j].v.length > w.v.length && ws[j].v.startsWith(w.v)) : undefined;
    if (repeated !== undefined) {
      Object.assign(w, { shape: "furniture", reason: `repeats the start of line ${ws[repeated].src.line} (a pull quote)` });
      continue;
    }
    if (w.shape === "paragraph") recent = [...recent.slice(-2), i];
    seenAt.set(w.v, i);
    // A pull quote stands alone: its quotation, then nothing or a short attribution ("— Un ancien diplomate kazakh").
    if (w.shape === "quote" && w.v.length <= PULL_QUOTE_MAX && quotes.length < PULL_QUOTE_CHECKS && PULL_QUOTE_TAIL_RE.test(w.v.slice(closingQuote(w.v) + 1).trim())) quotes.push(i);
  }
  if (quotes.length > 0) {
    // The text of every paragraph and quote, folded, one line each; a quotation found twice in it is repeated.
    const starts: number[] = [];
    const owners: number[] = [];
    let joined = "";
    ws.forEach((w, i) => {
      if (w.shape !== "paragraph" && w.shape !== "quote") return;
      starts.push(joined.length);
      owners.push(i);
      joined += foldForRepeat(w.v) + "\n";
    });
    const ownerAt = (pos: number) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= pos) lo = mid;
        else hi = mid - 1;
      }
      return owners[lo];
    };
    for (const i of quotes) {
      const w = ws[i];
      const close = closingQuote(w.v);
      const inner = close > 0 ? foldForRepeat(w.v.slice(1, close)) : "";
      if (inner.split(" ").length < 4) continue;
      // The quotation must stand in a line of the text that is not itself a pull quote: two copies are never both
      // removed.
      let at = joined.indexOf(inner);
      while (at >= 0 && quotes.includes(ownerAt(at))) at = joined.indexOf(inner, at + 1);
      if (at < 0) continue;
      const source = ws[ownerAt(at)].src.line;
      // A short quotation alone, nothing after it, is an intertitle quoting the text below: "« La Chine n'est pas un
      // bloc »".
      if (w.v.slice(close + 1).trim() === "" && isHeadingShape(w.v.slice(1, close).trim())) w.shape = "heading";
      else Object.assign(w, { shape: "furniture", reason: `site furniture (pull quote repeating line ${source})` });
    }
  }

  // A numbered line standing alone between paragraphs, or over a list of dashes, is a section heading ("2. Une
  // diplomatie d’équilibre", "3. Recommandations"): the items of a numbered list come in a run. A list of bullets set
  // apart above it is another list when text follows it: "• 4,5 Mt : volume de fret …" / "" / "3. Les limites du
  // corridor" / "" / "Les obstacles restent nombreux : …" (a note's "1. Chiffres des douanes …" closes the page).
  const numberedItem = (k: number) => k >= 0 && k < ws.length && ws[k].shape === "list-item" && NUMBERED_RE.test(ws[k].v);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (!numberedItem(i)) continue;
    const p = prevText(ws, i);
    const n = nextText(ws, i);
    const overText = n < ws.length && ws[n].shape === "paragraph";
    const alone = !numberedItem(p) && !numberedItem(n) && (p < 0 || ws[p].shape !== "list-item" || (p < i - 1 && overText && !NUMBERED_RE.test(ws[p].src.text.trim())));
    if (alone && isHeadingShape(w.v.replace(NUMBERED_RE, "")) && !endsOnLittleWord(w.v)) w.shape = "heading";
  }

  // Bibliography: the marker line is a heading, the lines after it are entries (furniture still wins).
  let bibStart = ws.length;
  const bodyStart = ws.findIndex(isBody);
  for (let i = Math.max(bodyStart, 0) + 1; i < ws.length && bodyStart >= 0; i++) {
    // A text-mode browser's dump or a print view ends with the page's links, "References" or "Liens" over "1.
    // http://…".
    if (LINK_LIST_MARKER_RE.test(ws[i].v)) {
      const n = nextText(ws, i);
      const end = ws.findIndex((w, j) => j > n && w.shape !== "blank" && !LINK_LIST_ENTRY_RE.test(w.v));
      const entries = ws.slice(n, end < 0 ? ws.length : end).filter((w) => w.shape !== "blank");
      if (entries.length > 0 && entries.every((w) => LINK_LIST_ENTRY_RE.test(w.v))) {
        for (const w of [ws[i], ...entries]) Object.assign(w, { shape: "furniture", kind: "furniture", reason: "the list of the page's links (a text-mode browser's dump or a print view)", metaDate: undefined });
        continue;
      }
    }
    // "Notes" as an entry of the table of contents, already removed, opens nothing; "Pour en savoir plus" over a
    // paragraph of prose is an intertitle ("Pour en savoir plus" / "Le mouvement antinucléaire … a joué …"). So does a
    // numbered section's marker: "4. Pour aller plus loin" over its references, the site's lines after them.
    // (So does a video's description's "📚 Sources", over its references: the description's next part opens on its own
    // emoji, "🎬 Écriture et voix : …", "🎵 Musique : …".)
    const described = LEADING_EMOJI_RE.test(ws[i].v);
    // (So does a short list of readings, "Bibliographie indicative": a syllabus goes on with its assessment.)
    const runOnly = FURTHER_READING_RE.test(ws[i].v) || /^\d{1,2}[.)]\s/u.test(ws[i].v) || described || SHORT_BIBLIOGRAPHY_RE.test(ws[i].v);
    if (runOnly && !referencesUnder(ws, i)) continue;
    if (BIBLIOGRAPHY_MARKER_RE.test(ws[i].v) && ws[i].kind !== "furniture") {
      // Another part of the apparatus still to come below a line ("Notes", then "Bibliographie").
      const moreReferences = (j: number) => ws.slice(j + 1).some((x) => BIBLIOGRAPHY_MARKER_RE.test(x.v));
      const longProse = (x: Work) => x.v.length >= 200 && innerSentenceBreaks(x.v) >= 2 && !REFERENCE_HINT_RE.test(x.v);
      bibStart = i;
      ws[i].kind = "heading";
      // "Pour en savoir plus" heads its run of lines only: a contact's box or the site's footer may follow.
      for (let j = i + 1; j < ws.length; j++) {
        const w = ws[j];
        if (w.shape === "blank") {
          if (runOnly && j > nextText(ws, i)) break;
          continue;
        }
        if (described && LEADING_EMOJI_RE.test(w.v)) break;
        if (w.teaser?.standalone) break;
        // How to cite the page comes after its references: what follows is the site's, unless another part of the
        // apparatus is still to come ("Citer cet article", then "Pour aller plus loin").
        if (/how to cite/.test(w.reason ?? "") && !moreReferences(j)) break;
        // So does a platform's fields' first label: "Catégories" / "Science politique" / "Lieux" / … / "Mots-clés".
        if (/tag list of the source site/.test(w.reason ?? "") && !moreReferences(j)) break;
        // "Notes", then "Bibliographie": each marker heads its part of the apparatus.
        if (BIBLIOGRAPHY_MARKER_RE.test(w.v)) {
          w.kind = "heading";
          continue;
        }
        // A count of comments over its first reader ("4 commentaires" / "Théo_L2 — 3 février 2025 à 21:14") ends them;
        // so does a prompt to subscribe ("Merci de lire Steppes & Caspienne ! Abonnez-vous …") or to share ("Partager
        // cet article"), a count of readers' comments ("3 commentaires :"), a blog platform's links ("Written by …"), or
        // the count over the prompt to comment ("14 commentaires" / "Écrire un commentaire...").
        if (COMMENT_COUNT_RE.test(w.v) && COMMENTER_STAMP_RE.test(ws[nextText(ws, j)]?.v ?? "")) break;
        // (Not a reference naming a newsletter, "Newsletter EUCAM, n° 18, …, 2011.", nor with more references to come.)
        if (/subscription|comment prompt or counter|reader comments|share prompt|blog platform's links/u.test(w.reason ?? "") && (!/comment/u.test(w.reason ?? "") || COMMENT_COUNT_RE.test(w.v)) && !REFERENCE_HINT_RE.test(w.v) && !moreReferences(j)) break;
        // So do the site's lines under the text: its date line, its share bar, a disclaimer ("Publié le 21 juin 2023 – Mis
        // à jour le 4 septembre 2023" / "Partager cette page   Imprimer …"; a day alone may head an event the text lists;
        // a reference may follow "Voir aussi : …"), the label over the author's box ("À propos de l'auteure") and the
        // author's name over a button to follow them ("Sophie Martel" / "Suivre").
        if ((/share prompt|disclaimer/u.test(w.reason ?? "") || (/date line/u.test(w.reason ?? "") && PUBLICATION_WORD_RE.test(w.v))) && !moreReferences(j)) break;
        // So does a table of contents under them, its label and its short entries up to the blank line: "Table des
        // matières" / "Avant-propos" / "Chapitre 1. Tendances de l'investissement …".
        if (TOC_LABEL_RE.test(w.v) && !moreReferences(j)) {
          // (Up to a sentence: "Ce rapport a été réalisé avec le soutien de …" under its last entry is the text's.)
          let end = j + 1;
          while (end < ws.length && ws[end].shape !== "blank" && ws[end].v.length <= TOC_ENTRY_MAX && !/[.!?]$/u.test(ws[end].v)) end++;
          if (end > j + 2) {
            for (let k = j; k < end; k++) Object.assign(ws[k], { shape: "furniture", kind: "furniture", reason: "site furniture (table of contents)" });
            break;
          }
        }
        // So does a platform's list of the post's topics, after a blank line, three or more, a word or two each:
        // "Kazakhstan" / "Géopolitique" / "Asie Centrale" (no reference is so short and bare).
        if (ws[j - 1].shape === "blank" && topicRun(ws, j) >= TOPIC_RUN_MIN && !moreReferences(j)) break;
        // (A guide's disclaimer of its information under its sources is the site's: "Ces informations sont fournies à
        // titre indicatif et peuvent évoluer. Guides Boussole ne saurait être tenu responsable …".)
        if (GUIDE_DISCLAIMER_RE.test(w.v) && !moreReferences(j)) {
          Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (the site's disclaimer)" });
          break;
        }
        if (AUTHOR_ABOUT_RE.test(w.v) && !moreReferences(j)) {
          Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (the author's biography)" });
          // (Its lines, the name and the biography, credit the author.)
          for (let k = j + 1; k < ws.length && ws[k].shape !== "blank" && ws[k].shape !== "furniture" && !ws[k].kind; k++) ws[k].shape = "credit";
          break;
        }
        // So does the issuer's description under its label: "À propos de l'Université polytechnique d'Astana" / "Fondée
        // en 1998, l'Université polytechnique d'Astana forme …", the publisher named in the site's lines (a writer's, "À
        // propos de Moukhtar Aouezov", or an outlet's the text is about, is a reference).
        const about = nextText(ws, j);
        const subject = w.v.replace(/^(?:à propos d(?:e |u |es |['’])|about )(?:l['’]|la |le |les )?/iu, "");
        const publisher = () => ws.some((x) => (x.kind ?? x.shape) === "furniture" && x.v.includes(subject));
        if (ABOUT_LABEL_RE.test(w.v) && publisher() && about < ws.length && isProse(ws[about]) && namesIssuer(w.v, ws[about].v) && !moreReferences(j)) {
          for (const k of [j, about]) Object.assign(ws[k], { shape: "furniture", kind: "furniture", reason: "site furniture (the issuer's description under its release)" });
          break;
        }
        if (isPersonName(w.v) && /social network|follow/u.test(ws[nextText(ws, j)]?.reason ?? "") && !moreReferences(j)) {
          Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (about the author)" });
          break;
        }
        // So does the post's footer naming who posted it and when: "Publié par Bernard Lefaucheux à 18:40".
        if (w.byline && POSTED_AT_TIME_RE.test(w.v)) break;
        // A release's notes to the editors close its references: what follows is the issuer's ("Notes aux rédactions" /
        // "L'Organisation météorologique mondiale est …" / "Pour de plus amples informations, veuillez contacter : …").
        if (/notes to editors/u.test(w.reason ?? "") || NOTES_TO_EDITORS_RE.test(w.v)) break;
        // So does the site's call to its reader over its contact button: "Vous avez un projet au Kazakhstan … ? Notre
        // équipe … vous accompagne …" / "Prendre rendez-vous".
        if (readerCall(w.v, ws[nextText(ws, j)]?.v ?? "")) break;
        // A programme's credits under its bibliography stay credits; so do a note's authors.
        if (w.shape === "credit" && (PRODUCTION_CREDIT_RE.test(w.v) || AUTHORS_CREDIT_RE.test(w.v))) continue;
        // Long prose without a URL or a year is the article again, not a reference; so is an intertitle over two such
        // paragraphs, maybe over the site's lines ("Transcription (extrait)" / "Transcription automatique relue par
        // l’équipe." / …; a book's title over its description, or the last reference over the author's biography, is
        // a reference).
        if (longProse(w)) break;
        if (w.shape === "heading") {
          let under = nextText(ws, j);
          while (under < ws.length && ws[under].shape === "furniture") under = nextText(ws, under);
          const second = under < ws.length ? nextText(ws, under) : ws.length;
          if (second < ws.length && longProse(ws[under]) && longProse(ws[second])) break;
        }
        // A web address under "Sources" is a reference, not the page's own address.
        const address = /web address|clipping tool/.test(w.reason ?? "") && /https?:\/\//u.test(w.v);
        // So is a print issue's note among them, references going on under it: "Cet article est paru dans Questions
        // internationales n° 121, septembre 2023." / "Olivier Ferrando, « … », Diplomatie n° 118, …".
        const cited = /print edition note/u.test(w.reason ?? "") && nextText(ws, j) < ws.length && ws[nextText(ws, j)].shape !== "furniture";
        if (w.shape !== "furniture" || address || cited || (w.metaDate && !PUBLICATION_WORD_RE.test(w.v))) Object.assign(w, { kind: "bibliography", reason: undefined, metaDate: undefined });
      }
      break;
    }
  }

  // "Écrit par Antoine Besson" after the text, over a platform's counters or buttons ("1,2K abonnés", "Suivre"), heads
  // the author's card (name, followers, biography), then the platform's other stories: the article has ended.
  for (let k = bodyStart + 1; k < ws.length && bodyStart >= 0; k++) {
    const w = ws[k];
    const card = () => ws.slice(k + 1, k + 6).some((x) => /social network/.test(x.reason ?? "") || (/blog platform's links/.test(x.reason ?? "") && /abonnés|followers/iu.test(x.v)));
    if (w.byline && !w.kind && /^(?:écrit|rédigé) par\s/iu.test(w.v) && !/\d/u.test(w.v) && card()) Object.assign(w, { shape: "furniture", byline: false, reason: "site furniture (about the author)", teaser: { words: w.v, standalone: true } });
  }
  // A few words trailing off over the site's appeal open it: "Avant de partir..." / "Savoirs Ouverts est un média à but
  // non lucratif. … soutenez-nous par un don.".
  for (let i = 0; i < ws.length; i++) {
    const n = nextText(ws, i);
    if (!ws[i].kind && n < ws.length && /donation prompt/u.test(ws[n].reason ?? "") && APPEAL_OPENER_RE.test(ws[i].v) && countWords(ws[i].v) <= 5) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (donation prompt)" });
  }
  // The site's appeal between its call and its button: "Vous avez aimé cet article ? Soutenez Novastan" / "Novastan est
  // le seul média … Entièrement bénévole, notre association ne vit que grâce à vous." / "Faire un don".
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].kind || ws[i].shape !== "paragraph") continue;
    const p = prevText(ws, i);
    const n = nextText(ws, i);
    if (p >= 0 && /subscription|donation/u.test(ws[p].reason ?? "") && n < ws.length && DONATE_BUTTON_RE.test(ws[n].v) && /(?<!\p{L})(?:soutenez|soutenir|don|dons)(?!\p{L})/iu.test(ws[p].v) && APPEAL_WORDS_RE.test(ws[i].v)) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (subscription or donation prompt)" });
  }
  // The site's appeal over its button, nothing of the text after them: "Notre indépendance dépend de vous.
  // L'Observatoire ne reçoit aucune subvention publique : chaque don nous permet de poursuivre notre travail …" / "Je
  // fais un don".
  for (let i = 0; i < ws.length; i++) {
    // (Not a report quoting an appeal: "… « Sans votre soutien, nous perdrons … »".)
    if (ws[i].kind || ws[i].shape !== "paragraph" || ws[i].v.length > PITCH_MAX || /[«»“”"]/u.test(ws[i].v)) continue;
    const n = nextText(ws, i);
    if (n < ws.length && DONATE_BUTTON_RE.test(ws[n].v) && GIFT_WORD_RE.test(ws[i].v) && /(?<!\p{L})(?:vous|votre|vos)(?!\p{L})/iu.test(ws[i].v) && /(?<!\p{L})(?:nous|notre|nos)(?!\p{L})/iu.test(ws[i].v) && !ws.some((x, j) => j > n && !x.kind && isProse(x))) {
      for (const k of [i, n]) Object.assign(ws[k], { shape: "furniture", kind: "furniture", reason: "site furniture (subscription or donation prompt)" });
    }
  }
  // An organisation's pitch after the page's tools, under its label: "Partager cet article" / … / "Devenir membre" /
  // "Rejoindre la CCFK, c'est intégrer un réseau de plus de 120 entreprises …" (under the text's paragraph, "Devenir
  // membre" heads a part of it). And its call to the reader over its contact button: "Vous souhaitez investir au
  // Kazakhstan ? Nos experts vous accompagnent gratuitement …" / "Contactez-nous".
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].kind) continue;
    const p = prevText(ws, i);
    const n = nextText(ws, i);
    // (After the text: no paragraph of it follows. "Adhérer à l'OMC : vingt ans de négociations" under a "Lire aussi"
    // heads a part of it.)
    const after = (k: number) => !ws.some((x, j) => j > k && !x.kind && isProse(x));
    if (p >= 0 && (ws[p].kind ?? ws[p].shape) === "furniture" && ws[i].shape === "heading" && MEMBERSHIP_LABEL_RE.test(ws[i].v) && n < ws.length && !ws[n].kind && ws[n].shape === "paragraph" && ws[n].v.length <= PITCH_MAX && JOINING_WORD_RE.test(ws[n].v) && after(n)) {
      for (const k of [i, n]) Object.assign(ws[k], { shape: "furniture", kind: "furniture", reason: "site furniture (subscription or donation prompt)" });
    } else if (ws[i].shape === "paragraph" && ws[i].v.length <= PITCH_MAX && n < ws.length && readerCall(ws[i].v, ws[n].v) && after(n)) {
      for (const k of [i, n]) Object.assign(ws[k], { shape: "furniture", kind: "furniture", reason: "site furniture (the site's call to its reader)" });
    }
  }
  // The appeal's button right under it: "Vous avez aimé cet article ? Contrechamp est un média indépendant, … " /
  // "Soutenir Contrechamp".
  for (let i = 0; i < ws.length; i++) {
    const p = prevText(ws, i);
    // (Naming what the appeal names: "Soutenir les fermes familiales" or "Adhérer" under a prompt amid the text head its
    // parts.)
    const named = /^(?:[Jj]e soutiens|[Ss]outenir)\s(\p{Lu}[\p{L}'’-]{2,})/u.exec(ws[i].v);
    if (p >= 0 && named && (!ws[i].kind || ws[i].kind === "credit") && DONATE_BUTTON_RE.test(ws[i].v) && /donation prompt/u.test(ws[p].reason ?? "") && ws[p].v.includes(named[1])) Object.assign(ws[i], { shape: "furniture", kind: "furniture", byline: false, reason: "site furniture (subscription or donation prompt)" });
  }
  // The text's editors under its translator: "Traduit du russe par Louise Martel" / "Édité par Théo Brunet" / "Relu par
  // Anna Roy" (in a book's card, "Édité par Dinara Ospanova et Julien Morvan" names its editors).
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].kind || !EDITED_BY_RE.test(ws[i].v)) continue;
    const p = prevText(ws, i);
    if (p >= 0 && ws[p].shape === "credit" && (TEXT_CREDIT_RE.test(ws[p].v) || EDITED_BY_RE.test(ws[p].v))) ws[i].shape = "credit";
  }
  // An academic news site's funding by its members, between their label and their link: "Partenaires" / "Université de
  // Strasbourg apporte un financement en tant que membre adhérent de Savoirs Ouverts FR." / "Voir les partenaires de …"
  // (a fact box's "Le Kazakhstan apporte un financement en tant que membre fondateur de la BAII." is the text's).
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].kind || !MEMBER_FUNDING_RE.test(ws[i].v)) continue;
    const p = prevText(ws, i);
    const n = nextText(ws, i);
    if ((p >= 0 && /^partenaires$/iu.test(ws[p].v)) || (n < ws.length && /^voir les partenaires\s/iu.test(ws[n].v))) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (the site's partners and licence)" });
  }
  // An advertisement under its label amid the text, selling to the reader: "PUBLICITÉ" / "Ouvrez votre compte en 10
  // minutes avec la Banque du Fleuve. …" (under the label in the page's head, the headline; under an empty slot, a
  // guide's "Votre passeport doit être valide …" is its advice).
  for (let i = 0; i < ws.length; i++) {
    if (!/\(advertising\)/u.test(ws[i].reason ?? "")) continue;
    const p = prevText(ws, i);
    const n = nextText(ws, i);
    if (p < 0 || n >= ws.length || !(isProse(ws[p]) || (!ws[p].kind && ws[p].shape === "list-item")) || ws[n].kind || ws[n].shape !== "paragraph" || ws[n].v.length > AD_MAX || !endsSentence(ws[n].v) || !/(?<!\p{L})(?:votre|vos)(?!\p{L})/iu.test(ws[n].v) || !AD_CALL_RE.test(ws[n].v) || !AD_SALE_RE.test(ws[n].v)) continue;
    const after = nextText(ws, n);
    // (The text going on after it, maybe under an intertitle.)
    const resumes = after < ws.length && !ws[after].kind && (isProse(ws[after]) || (ws[after].shape === "heading" && nextText(ws, after) < ws.length && isProse(ws[nextText(ws, after)])));
    if (resumes) Object.assign(ws[n], { shape: "furniture", kind: "furniture", reason: "site furniture (advertising)" });
  }
  // A trade paper's box of prices, its label over figures and its link under them: "Cotations de la semaine" /
  // "Broutards charolais 350 kg : 3,92 €/kg vif (+0,03)" / … / "Voir toutes les cotations".
  for (let i = 0; i < ws.length; i++) {
    // (Announced by the text, "Voici les cours relevés … :", they are its own.)
    if (ws[i].kind || !PRICES_LABEL_RE.test(ws[i].v) || afterColon(ws, i)) continue;
    const box = [i];
    let j = nextText(ws, i);
    while (j < ws.length && !ws[j].kind && ws[j].v.length <= PRICE_LINE_MAX && /\d/u.test(ws[j].v) && !PRICES_LINK_RE.test(ws[j].v)) {
      box.push(j);
      j = nextText(ws, j);
    }
    if (box.length < 3 || j >= ws.length || !PRICES_LINK_RE.test(ws[j].v)) continue;
    for (const k of [...box, j]) Object.assign(ws[k], { shape: "furniture", kind: "furniture", reason: "site furniture (the site's box of prices)" });
  }
  // The site's latest briefs, each with its time: "Les dernières brèves" / "Or : nouveau record historique à Londres –
  // 17h45" / … (a newsletter's own briefs under it have summaries, no times).
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].kind || !/^(?:les|nos) dernières brèves$/iu.test(ws[i].v)) continue;
    const items: number[] = [];
    for (let j = nextText(ws, i); j < ws.length && !ws[j].kind && ws[j].v.length <= BRIEF_MAX && CLOCK_TIME_RE.test(ws[j].v); j = nextText(ws, j)) items.push(j);
    if (items.length < 2) continue;
    for (const k of [i, ...items]) Object.assign(ws[k], { shape: "furniture", kind: "furniture", reason: "site furniture (the site's latest briefs)" });
  }
  // A newsletter's sponsor under its label: "PARTENAIRE DE CE NUMÉRO" / "Apprenez le kazakh avec Tulpar Langues : …".
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].kind || !SPONSOR_LABEL_RE.test(ws[i].v)) continue;
    Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (the issue's sponsor)" });
    const n = nextText(ws, i);
    if (n < ws.length && !ws[n].kind && ws[n].shape === "paragraph") Object.assign(ws[n], { shape: "furniture", kind: "furniture", reason: "site furniture (the issue's sponsor)" });
  }
  // The comments' notice under their label ("Commentaires" / "Les commentaires des internautes sont soumis à modération
  // …"): a law's wording the text quotes stands elsewhere.
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].kind || !COMMENTS_NOTICE_RE.test(ws[i].v)) continue;
    const p = prevText(ws, i);
    if (p >= 0 && /comment prompt or counter|reader comments/u.test(ws[p].reason ?? "")) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (comment prompt or counter)" });
  }
  // After the text, a count of comments over the prompt to write one ("3 commentaires" / "Connectez-vous pour réagir"),
  // or over the first reader's name and time ("Rakotomalala · 11 juin 2024 à 09:12"), opens the readers' comments; so
  // does their label over the prompt ("Commentaires" / "Ajouter un commentaire").
  for (let i = bodyStart + 1; i < ws.length && bodyStart >= 0; i++) {
    const w = ws[i];
    // A count in thousands ("1 238 commentaires") is read so only here, over the comments' prompt or sort (in a fact
    // box, "1 238 commentaires" / "3 400 réactions" are figures).
    const thousands = THOUSANDS_COUNT_RE.test(w.v) && !w.kind;
    if (w.teaser || !(COMMENT_COUNT_RE.test(w.v) || COMMENTS_LABEL_RE.test(w.v)) || !(/comment prompt or counter/.test(w.reason ?? "") || thousands)) continue;
    // Under the standfirst, a count over the byline and its time is the page's head ("5 commentaires" / "Aliya
    // Nurpeisova — 14/06/2025 à 13h05"): the text has not been told yet.
    // (Over the comments' sort, "127 commentaires" / "Trier par", one paragraph told is enough: a video's description.)
    const n = nextText(ws, i);
    const told = ws.slice(bodyStart, i).filter((x) => !x.kind && (x.shape === "paragraph" || x.shape === "quote") && countWords(x.v) >= TOLD_PARAGRAPH_WORDS).length;
    if (told < 2 && !(told === 1 && n < ws.length && /^trier par\b/iu.test(ws[n].v))) continue;
    // (A name and a day without a time, or a day in figures without a dash, open them only under the page's tools:
    // under a paragraph, "3 réactions" heads a letters page's letters, "Nadia B. — 10 novembre 2025" / its letter.)
    const afterTools = (ws[prevText(ws, i)]?.kind ?? ws[prevText(ws, i)]?.shape) === "furniture";
    const stamp = (v: string) => COMMENTER_STAMP_RE.test(v) || (/commentaire/iu.test(w.v) && WIDE_DATED_STAMP_RE.test(v)) || (((DASHED_DAY_STAMP_RE.test(v) && findTag(v.split(" — ")[0])?.kind !== "place") || FIGURES_STAMP_RE.test(v)) && afterTools);
    // (Or the name and its time on two lines, "Martine B." / "28 novembre 2025 à 09:02", under the site's lines: the
    // text quoting its readers' comments introduces them.)
    // (A newsletter platform's day alone, "Jean-Pierre Vautrin" / "10 nov.", too.)
    const nameOverTime = n < ws.length && ws[prevText(ws, i)]?.shape === "furniture" && ws[n].v.length <= COMMENTER_NAME_MAX && !endsSentence(ws[n].v.replace(/(?:^|\s)\p{Lu}\.$/u, "")) && ((/date line/u.test(ws[nextText(ws, n)]?.reason ?? "") && /\d{1,2}\s?[h:]\s?\d{2}/u.test(ws[nextText(ws, n)]?.v ?? "")) || SHORT_DAY_ALONE_RE.test(ws[nextText(ws, n)]?.v ?? ""));
    // (Or the name over the comment, its time under it: "Gégé44" / "Bravo les jeunes, …" / "il y a 11 jours".)
    const said = n < ws.length ? nextText(ws, n) : ws.length;
    // (Or its time alone, a channel's: "Aidos Bekov" / "Enfin du concret …" / "07:58".)
    const timeUnder = ws[nextText(ws, said)];
    const nameTextTime = said < ws.length && ws[n].v.length <= COMMENTER_NAME_MAX && !endsSentence(ws[n].v.replace(/(?:^|\s)\p{Lu}\.$/u, "")) && ws[said].shape === "paragraph" && !!timeUnder && ((/publication time/u.test(timeUnder.reason ?? "") && /^il y a \d/iu.test(timeUnder.v)) || /^\d{1,2}:\d{2}$/u.test(timeUnder.v));
    // (Or the comment first, its signature and day under it, an old blog's: "Excellent billet ! …" / "Écrit par : Sophie |
    // 20/02/2007".)
    const signedUnder = said < ws.length && ws[n].shape === "paragraph" && COMMENT_SIGNED_UNDER_RE.test(ws[said].v);
    if (n < ws.length && ((/comment prompt or counter/.test(ws[n].reason ?? "") && !COMMENT_COUNT_RE.test(ws[n].v)) || stamp(ws[n].v) || nameOverTime || nameTextTime || signedUnder)) {
      w.teaser = { words: w.v, standalone: true, comments: true };
      if (thousands) Object.assign(w, { shape: "furniture", reason: "site furniture (comment prompt or counter)" });
    }
  }
  // A forum's sort over its first reader's name and time opens the comments: "Trier par : Meilleurs" / "steppenwolf_lyon
  // • il y a 1 a" (alone, a stray selector: the text goes on); so does "Vos commentaires" over "1. Posté par Wendpanga,
  // le 28 janvier 2026 à 06:41".
  for (let i = 0; i < ws.length; i++) {
    const n = nextText(ws, i);
    // (So does "Réponses" over the first reply's handle and its day, a social network's tools maybe between: "Réponses"
    // / "Voir l'activité" / "margaux.lefevre_" / "12/11/2025".)
    let h = n;
    while (h < ws.length && /social network/u.test(ws[h].reason ?? "")) h = nextText(ws, h);
    const replies = /^(?:réponses|replies)$/iu.test(ws[i].v) && h < ws.length && (BARE_HANDLE_RE.test(ws[h].v) || HANDLE_RE.test(ws[h].v)) && /date line/u.test(ws[nextText(ws, h)]?.reason ?? "");
    const opens = (FORUM_SORT_RE.test(ws[i].v) && n < ws.length && COMMENTER_STAMP_RE.test(ws[n].v)) || (/^vos commentaires$/iu.test(ws[i].v) && n < ws.length && NUMBERED_POST_RE.test(ws[n].v)) || replies;
    if (opens) Object.assign(ws[i], { shape: "furniture", reason: "site furniture (reader comments)", teaser: { words: ws[i].v, standalone: true, comments: true } });
  }
  // A channel's pinned message under its label: "📌 Message épinglé" / "🎙 Notre podcast … est en ligne, lien en bio".
  // (On a channel's page, its followers counted: in a letter, "📌 Message épinglé" heads a part.)
  const channelPage = ws.some((w) => FOLLOWERS_RE.test(w.v));
  for (let i = 0; i < ws.length && channelPage; i++) {
    const n = nextText(ws, i);
    if (PINNED_LABEL_RE.test(ws[i].v) && n < ws.length && !ws[n].kind) Object.assign(ws[n], { shape: "furniture", kind: "furniture", reason: "site furniture (the channel's pinned message)" });
  }
  // A blog's "4 commentaires :" opens the comments over its first commenter saying so: "Gérard L. a dit…" (over a
  // list or a paragraph, it introduces the text's own remarks; under the headline, it links to them).
  for (let i = 0; i < ws.length; i++) {
    const n = nextText(ws, i);
    // (So does the label "Commentaires", removed as the comments' own, over "Sandrine a dit..." trailing off: "Le
    // président Tokaïev a dit :" under an intertitle "Commentaires" introduces his words.)
    const label = !ws[i].teaser && COMMENTS_LABEL_RE.test(ws[i].v) && /comment prompt or counter/u.test(ws[i].reason ?? "");
    const opener = (!ws[i].kind && COMMENT_COUNT_OPENER_RE.test(ws[i].v)) || label;
    if (opener && n < ws.length && COMMENT_AUTHOR_SAYS_RE.test(ws[n].v) && (!label || /(?:…|\.\.\.)$/u.test(ws[n].v))) {
      Object.assign(ws[i], { shape: "furniture", reason: "site furniture (reader comments)", teaser: { words: ws[i].v, standalone: true, comments: true } });
    }
  }
  // "Discussion sur cet article" opens the comments over their counters or prompt only (over a report's paragraph, it
  // heads a debate on a law's article).
  for (let i = 0; i < ws.length; i++) {
    const n = nextText(ws, i);
    if (!ws[i].teaser?.comments || !/^discussion (?:sur|à propos de) (?:cet|cette)\s/iu.test(ws[i].v)) continue;
    if (!(n < ws.length && (/comment prompt or counter/.test(ws[n].reason ?? "") || COMMENTER_STAMP_RE.test(ws[n].v)))) Object.assign(ws[i], { teaser: undefined, shape: "heading", reason: undefined });
  }
  // Teaser blocks: after a standalone "Voir aussi", lines are links to other articles until the article resumes.
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k];
    if (!w.teaser) continue;
    // "Billets récents" over a paragraph of prose is the text's intertitle, not a list of the blog's other posts.
    const next = nextText(ws, k);
    if (w.teaser.standalone && RECENT_POSTS_RE.test(w.teaser.words) && next < ws.length && isProse(ws[next])) {
      Object.assign(w, { teaser: undefined, shape: "heading", reason: undefined });
      continue;
    }
    w.kind = "furniture";
    if (!w.teaser.standalone) continue;
    // "Contenu partenaire" over a paid article's headline, "Sponsorisé" over a paragraph of prose: a label, not a block
    // of the advertisers' links (their titles are short).
    if (SPONSORED_RE.test(w.teaser.words)) {
      const n = nextText(ws, k);
      if (k < bodyStart || (n < ws.length && (isProse(ws[n]) || ws[n].v.length > LONG_PARAGRAPH))) {
        w.reason = "site furniture (advertising)";
        continue;
      }
    }
    // In the article's head, before any text, only the one link after the opener is taken: the headline may follow. (A
    // count of comments there, "Commentaires (1 048)" beside the byline over the text, a paragraph at most before it
    // and the text's paragraphs after it, is a counter.)
    const counter = w.teaser.comments && ws.slice(0, k).filter(isProse).length <= 1 && ws.slice(k).filter(isProse).length >= HEAD_COUNTER_TEXT_MIN;
    let end = counter ? k + 1 : k < bodyStart && !w.teaser.consent ? Math.min(nextText(ws, k) + 1, ws.length) : teaserBlockEnd(ws, k);
    // "Nos recommandations" over the article's own paragraph, nothing between: the text's intertitle (over a sentence
    // ending on its stop, whatever follows it: "Ne présentez pas vos remorques au terminal avant …").
    const first = nextText(ws, k);
    const sentence = first < ws.length && !ws[first].kind && ws[first].shape === "paragraph" && countWords(ws[first].v) >= SENTENCE_UNDER_OPENER_WORDS && endsSentence(ws[first].v) && ADVICE_VERB_RE.test(ws[first].v);
    // (Or over its own list, each item a clause closed by its semicolon: "- chiffrer dès maintenant l'impact
    // de la hausse de la TVA sur vos prix et vos marges ;".)
    const advice = first < ws.length && !ws[first].kind && ws[first].shape === "list-item" && /;$/u.test(ws[first].v) && countWords(ws[first].v) >= SENTENCE_UNDER_OPENER_WORDS;
    if (first < ws.length && INTERTITLE_OPENER_RE.test(w.teaser.words) && (sentence || advice || (end === first && (isProse(ws[first]) || introducesList(ws, first, true))))) {
      Object.assign(w, { teaser: undefined, kind: undefined, shape: "heading", reason: undefined });
      continue;
    }
    // The comments' opener inside a block of links opens a block of its own ("Lire aussi" / a title / "Commentaires
    // (2)" / the comments).
    if (!w.teaser.comments) {
      for (let j = k + 1; j < end; j++) if (ws[j].teaser?.comments && ws[j].teaser?.standalone) end = j;
    }
    for (let j = k + 1; j < end; j++) {
      const t = ws[j];
      if (t.shape === "blank" || t.kind === "bibliography") continue;
      const what = w.teaser.consent ? "cookie consent panel" : w.teaser.comments ? "reader comments" : /^(?:contacts?|relations?)(?:\s|$)/iu.test(w.teaser.words) || CONTACT_CALL_RE.test(w.teaser.words) ? "press contact" : /aut(?:eur|rice)|^(?:écrit|rédigé) par/iu.test(w.teaser.words) ? "about the author" : "teaser of another article";
      // A release's photo credit among its contacts and downloads stays its credit: "Crédit photo : © Préfecture de la
      // Drôme", "Photo : signature du protocole à Aktaou, le 7 octobre 2025. © Port d'Aktaou".
      // (The site's footer credits, under its address and legal links, are its own.)
      const over = ws[prevText(ws, j)];
      if (what === "press contact" && t.shape === "credit" && !t.kind && RELEASE_PHOTO_CREDIT_RE.test(t.v) && /press contact|reader tool|contact details/u.test(over?.reason ?? "")) {
        t.kind = "credit";
        continue;
      }
      t.kind = "furniture";
      // (A wiki's footer under its "Voir aussi" keeps the page's own day: "La dernière modification de cette page a été
      // faite le 12 mars 2025 à 10:41.")
      if (/encyclopedia/u.test(t.reason ?? "") && t.metaDate) continue;
      t.reason = t.shape === "furniture" && !t.metaDate ? t.reason : `site furniture after '${w.teaser.words}' (${what})`;
      t.metaDate = undefined;
    }
    k = end - 1;
  }

  // A blog's comment opens on its author saying so over its day and hour, as WordPress writes it in French:
  // "Jean-Pierre Mukendi dit :" / "9 avril 2025 à 14 h 12 min".
  for (let i = 0; i < ws.length; i++) {
    const n = nextText(ws, i);
    if (!ws[i].kind && COMMENT_AUTHOR_SAYS_RE.test(ws[i].v) && n < ws.length && COMMENT_DAY_TIME_RE.test(ws[n].v)) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (reader comments)" });
  }

  // Comment counters or reading times after the article's text close teaser cards (a title, maybe a summary):
  // with two cards or more, the cards are links to other articles. One counter alone may be the article's own.
  const cards: number[][] = [];
  for (let i = bodyStart + 1; i < ws.length && bodyStart >= 0; i++) {
    if (!ws[i].counter) continue;
    const card: number[] = [];
    for (let j = i - 1; j > bodyStart && card.length < 2; j--) {
      const t = ws[j];
      if (t.shape === "blank") continue;
      if (t.kind || !(t.shape === "heading" || (t.shape === "paragraph" && t.v.length <= TEASER_SUMMARY_MAX))) break;
      card.push(j);
      if (t.shape === "heading") break;
    }
    if (card.length > 0 && ws[card[card.length - 1]].shape === "heading") cards.push(card);
  }
  if (cards.length >= 2) {
    for (const c of cards.flat()) Object.assign(ws[c], { kind: "furniture", reason: "site furniture (teaser of another article before a comment counter)" });
  }

  // A social network's post: its author's name over the account's handle ("Ambassade du Kazakhstan en France" /
  // "@KZEmbassyFR"), repeated over each post of a thread. The first credits the thread; the others and the handles go.
  let credited = false;
  let author = "";
  const handleCount = new Map<string, number>();
  // A post's author named before its handle and time ("Inès Tachfine @ines-tachfine.bsky.social · 6 nov.") heads a
  // post on the network's own page, its first handle over any text; an article quoting posts names their authors so.
  const firstHandle = ws.findIndex((w) => !w.kind && handleOf(w.v));
  const proseFirst = ws.findIndex(isProse);
  const socialPage = firstHandle >= 0 && (proseFirst < 0 || firstHandle < proseFirst);
  const handleAt = (v: string) => (v.startsWith("@") || socialPage ? handleOf(v) : null);
  for (const w of ws) {
    const h = w.kind ? null : handleAt(w.v);
    if (h) handleCount.set(h, (handleCount.get(h) ?? 0) + 1);
  }
  for (let i = 0; i < ws.length; i++) {
    // A reply's author and handle under the thread's sources, read with them: the replies from there on are the
    // network's ("Sources :" / "– Vlast.kz …" / "Timur B." / "@timurb.bsky.social" / "7 oct." / "Merci ! …"; the handle
    // over its time, not a source's account after a colon).
    if (socialPage && ws[i].kind === "bibliography" && ws[i].v.startsWith("@") && handleOf(ws[i].v) && POST_TIME_RE.test(ws[i + 1]?.v ?? "") && !afterColon(ws, i)) {
      let j = i > 0 && ws[i - 1].kind === "bibliography" ? i - 1 : i;
      for (; j < ws.length && (ws[j].kind === "bibliography" || ws[j].shape === "blank" || (ws[j].kind ?? ws[j].shape) === "furniture"); j++) if (ws[j].kind === "bibliography") Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (a post's replies)" });
      continue;
    }
    const handle = ws[i].kind ? null : handleAt(ws[i].v);
    if (!handle) continue;
    // An address given in the text ("Son adresse sur le réseau :" / "@KZEmbassyFR@piaille.fr") is the text's.
    if (afterColon(ws, i)) continue;
    author ||= handle;
    Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (a social network account's handle)" });
    // The post's time right under its handle, maybe after a dot of its own, on a network's page: "7 oct.", "·" / "4
    // nov.", "2 h".
    const timeAt = i + 1 < ws.length && /^[·•]$/u.test(ws[i + 1].v) ? i + 2 : i + 1;
    if (socialPage && timeAt < ws.length && !ws[timeAt].kind && POST_TIME_RE.test(ws[timeAt].v)) Object.assign(ws[timeAt], { shape: "furniture", kind: "furniture", reason: "site furniture (publication time (metadata))" });
    const above = i - 1;
    // (Over a post's handle and time, or a handle heading two posts or more, a name may end on an initial: "Julien
    // T.".)
    if (above < 0 || ws[above].kind || ws[above].v === "" || ws[above].v.split(/\s+/u).length > 6 || (HANDLE_STAMP_RE.test(ws[i].v) || (handleCount.get(handle) ?? 0) >= 2 ? /(?<!(?:^|\s)\p{Lu})[.!?:]$/u : /[.!?:]$/u).test(ws[above].v)) continue;
    if (credited) Object.assign(ws[above], { shape: "furniture", kind: "furniture", reason: "site furniture (the name of a post's author, over its handle)" });
    else Object.assign(ws[above], { shape: "credit", kind: "credit", byline: true });
    credited = true;
  }

  // A social post's author over its date stamp ("Ambassade du Kazakhstan en France" / "3 septembre 2023 ·"): a credit.
  const social = ws.some((w) => /social network/.test(w.reason ?? ""));
  // Under a thread, a post of another account opening on handles answers it: a reply, not the thread ("Karim Benali" /
  // "@kbenali@mastodon.social" / "3 j" / "@lfontaine Merci…"). A paragraph naming the author's own account ("@Akorda_kz
  // a ensuite précisé…") is the text's. Once one has answered, the conversation goes on: the next posts of other
  // accounts, and the author's answers opening on another's handle ("@marcd Oui, il y était…"), are replies too.
  if (author) {
    let replied = false;
    const repliers = new Set<string>();
    const local = (handle: string) => handle.replace(/^(@[^@]+)@.*$/u, "$1");
    // (Under a thread of the author's posts, another account's post answers it, whatever its first words: "Marc
    // Delorme @mdelorme.bsky.social · 7 nov." / "Symbolique peut-être, mais …".)
    const thread = socialPage && (handleCount.get(author) ?? 0) >= THREAD_POSTS_MIN;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      const opensOnHandles = REPLY_RE.test(w.v);
      if (w.kind || w.shape !== "paragraph" || !(opensOnHandles || replied || thread)) continue;
      let above = i - 1;
      for (let seen = 0; above >= 0 && seen < 3 && !handleAt(ws[above].v); above--) if (ws[above].v !== "") seen++;
      const by = above >= 0 ? handleAt(ws[above].v) : null;
      // (Under a handle and its time: a handle alone over a name may be an account the post lists.)
      if (!(opensOnHandles || replied) && !(by && by !== author && HANDLE_STAMP_RE.test(ws[above].v))) continue;
      // (The author's post naming another account that has not answered, "@astanaopera publie aussi … (5/6)", is the
      // thread's.)
      const answersOther = replied && opensOnHandles && repliers.has(w.v.split(/\s/u)[0]);
      if (by && (by !== author || answersOther)) {
        Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (a reply under the post, another account's)" });
        replied = true;
        if (by !== author) repliers.add(local(by));
      }
    }
  }
  // A post "En réponse à @KZEmbassyFR" under a thread answers it: "Merci pour ce fil. Et l’Ouzbékistan, …".
  for (let i = 0; i < ws.length && author; i++) {
    const p = prevText(ws, i);
    if (!ws[i].kind && ws[i].shape === "paragraph" && p >= 0 && IN_REPLY_TO_RE.test(ws[p].v)) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (a reply under the post, another account's)" });
  }
  // (So does a page's name over its post's stamp and globe: "Association France-Kazakhstan Rhône-Alpes" / "17 décembre
  // à 09:32 · 🌐".)
  for (let i = 1; i < ws.length; i++) {
    if (!(ws[i].postStamp && social) && !SOCIAL_POST_STAMP_RE.test(ws[i].v)) continue;
    const above = i - 1;
    if (!ws[above].kind && ws[above].shape === "heading" && ws[above].v.split(/\s+/u).length <= 8) Object.assign(ws[above], { shape: "credit", kind: "credit", byline: true });
  }
  // A menu set out as a list above the headline: "* International", "* Asie centrale", short items before any text.
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (w.kind || w.shape === "blank" || w.shape === "furniture") continue;
    if (w.shape !== "list-item") {
      if (isBody(w)) break;
      continue;
    }
    let end = i;
    const run: number[] = [];
    for (; end < ws.length && (ws[end].shape === "list-item" || ws[end].shape === "blank"); end++) if (ws[end].shape === "list-item") run.push(end);
    if (run.length >= 2 && run.every((j) => MENU_ITEM_RE.test(ws[j].v) || LINK_ITEM_RE.test(ws[j].src.text))) for (const j of run) Object.assign(ws[j], { kind: "furniture", reason: "site furniture (navigation menu set out as a list)" });
    i = end - 1;
  }

  // A tag list's label alone ("Tags", "Mots-clés") over its tags, one a line right under it: "Kazakhstan" / "Emmanuel
  // Macron" / "Droits humains". The short lines up to the first blank line are the tags.
  for (let i = 0; i < ws.length; i++) {
    if (!/tag list of the source site/.test(ws[i].reason ?? "") || !TAG_LABEL_RE.test(ws[i].v)) continue;
    let end = i + 1;
    // A tag may be written in small letters there: "diplomatie".
    while (end < ws.length && ws[end].shape !== "blank" && !ws[end].kind && (isTagItem(ws[end].v) || LOWER_TAG_RE.test(ws[end].v))) end++;
    // A box of key words in the text ("Mots-clés" / "Neutralité active" / …) has the text going on right under it.
    const n = nextText(ws, end - 1);
    if (n < ws.length && !ws[n].kind && ws[n].shape === "paragraph" && isProse(ws[n]) && endsSentence(ws[n].v) && countWords(ws[n].v) >= TOLD_PARAGRAPH_WORDS) continue;
    for (let j = i + 1; j < end; j++) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (tag list of the source site)", metaDate: undefined });
    i = end - 1;
  }

  // An embedded post's words over its author and date ("— Josep Borrell Fontelles (@JosepBorrellF) January 7, 2022"),
  // in the language they were posted in, are a quotation (a French line there may be the article's, the post's own
  // words lost in the copy).
  for (let i = 1; i < ws.length; i++) {
    if (ws[i].kind || ws[i].shape !== "credit" || !EMBEDDED_POST_AUTHOR_RE.test(ws[i].v)) continue;
    const p = prevText(ws, i);
    if (p >= 0 && !ws[p].kind && (ws[p].shape === "paragraph" || ws[p].shape === "heading") && isForeignPost(ws[p].v)) ws[p].shape = "quote";
  }

  // A menu or a bar of links copied from a page laid out in cells: "Politique\tMonde\tÉconomie\tSociété", "Partager\t
  // Imprimer\tOffrir cet article". Three short cells or more without figures, alone: a table's rows stand together (an
  // encyclopedia's infobox pairs two cells: "Kazakhstan\tTurquie").
  // Only in the page's head or tail: a line of cells between two paragraphs of the text is the text's ("Les langues de
  // travail⇥russe⇥anglais", five signatories' names).
  // (The site's own bar over it is no row of a table: "S'abonner⇥Se connecter" / "Actualité⇥Région⇥Sports⇥…".)
  const rowAt = (j: number) => j >= 0 && j < ws.length && isTableRow(ws[j].src.text) && (ws[j].kind ?? ws[j].shape) !== "furniture";
  const prose = (w: Work) => !w.kind && w.shape === "paragraph" && !isRow(w) && countWords(w.v) >= 12;
  const firstProse = ws.findIndex(prose);
  let lastProse = ws.length - 1;
  while (lastProse >= 0 && !prose(ws[lastProse])) lastProse--;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (w.kind || !isTableRow(w.src.text) || (i > firstProse && i < lastProse)) continue;
    const cells = w.src.text.split(/\t+/u).map((c) => c.trim()).filter((c) => c !== "");
    if (cells.length < 3 || cells.some((c) => /\d/u.test(c) || c.split(/\s+/u).length > 5 || /[.;]$/u.test(c))) continue;
    // (A menu opening on "Accueil" over the text is the site's whatever stands beside it: its path under it,
    // "Monde⇥Asie⇥Kazakhstan"; a services table's row, "Accueil⇥Point information⇥…", is the text's.)
    if (!(/^(?:accueil|home)$/iu.test(cells[0]) && (firstProse < 0 || i < firstProse)) && (rowAt(prevText(ws, i)) || rowAt(nextText(ws, i)))) continue;
    Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (a menu or a bar of links laid out in cells)" });
  }

  // Rows with leaders whose figures go down are a table of figures, not contents: "Principaux postes d'exportations (en
  // millions de dollars) :" / "Aéronefs et pièces détachées ........ 412" / "Machines ........ 287" (a contents' pages
  // go up).
  // (Most lines hold no leader: a scan for its dots spares them the pattern.)
  const leaderRow = (v: string) => (v.includes("....") || v.includes("……") || v.includes(". . . .")) && LEADER_ROW_RE.test(v);
  for (let i = 0; i < ws.length; i++) {
    if (!leaderRow(ws[i].v)) continue;
    let end = i;
    while (end < ws.length && leaderRow(ws[end].v)) end++;
    const figures = ws.slice(i, end).map((w) => Number(LEADER_ROW_RE.exec(w.v)![1].replace(/\D/gu, "")));
    if (figures.some((f, k) => k > 0 && f < figures[k - 1])) {
      for (let j = i; j < end; j++) if (!ws[j].kind && /table of contents/u.test(ws[j].reason ?? "")) Object.assign(ws[j], { shape: "paragraph", reason: undefined });
    }
    i = end - 1;
  }
  // After the text, a platform's fields from their first label to the end, or to how to cite the page, each short and
  // no sentence: "Catégories" / "Science politique (Catégorie principale)" / "Lieux" / "Centre lyonnais …" / "Date(s)"
  // / … / "Source de l'information" / "Élodie Marchetti" / "Pour citer cette annonce".
  const fieldsAt = ws.findIndex((w, i) => /tag list of the source site/u.test(w.reason ?? "") && FIELDS_LABEL_RE.test(w.v) && ws.slice(0, i).some(isProse));
  if (fieldsAt >= 0) {
    let end = fieldsAt + 1;
    while (end < ws.length && !/how to cite/u.test(ws[end].reason ?? "") && (ws[end].shape === "blank" || (ws[end].v.length <= FIELD_MAX && !endsSentence(ws[end].v)))) end++;
    const fields = ws.slice(fieldsAt + 1, end).filter((w) => w.shape !== "blank");
    // (Two other fields' labels among them at least: "Catégories" over a judo results' lines heads the text's box.)
    const labels = fields.filter((w) => PLATFORM_FIELD_RE.test(w.v)).length;
    if ((end >= ws.length || /how to cite/u.test(ws[end].reason ?? "")) && fields.length >= FIELDS_MIN && labels >= 2) {
      for (const w of fields) if (w.kind !== "furniture") Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (the platform's fields for the page)" });
    }
  }
  // A table of contents' label over its entries, each with its leader and its page: "SOMMAIRE" / "INTRODUCTION ....
  // 2" (see CONTENTS_LEADER_RE).
  for (let i = 0; i < ws.length; i++) {
    const n = nextText(ws, i);
    if (!ws[i].kind && CONTENTS_LABEL_RE.test(ws[i].v) && n < ws.length && /table of contents/u.test(ws[n].reason ?? "")) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: ws[n].reason });
  }

  // An app's download buttons, one over the other ("App Store" / "Google Play"), and a cookie notice's buttons under it
  // ("Gérer mes choix", "J'accepte"): alone, such a line may be an article's heading.
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].kind || !STORE_BUTTON_RE.test(ws[i].v)) continue;
    const n = nextText(ws, i);
    if (n < ws.length && !ws[n].kind && STORE_BUTTON_RE.test(ws[n].v) && ws[n].v !== ws[i].v) {
      for (const j of [i, n]) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (an app's download buttons)" });
    }
  }
  // A readers' poll: its label, its question, its answers with their shares, then its count of votes or its notice:
  // "SONDAGE" / "Selon vous, le nucléaire est-il … ?" / "Oui   52 %" / "Non   31 %" / "1 874 votes" / "Ce sondage n'a pas
  // de valeur scientifique. …" (a survey's results in a text give no count of votes, no notice).
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].kind || !POLL_LABEL_RE.test(ws[i].v)) continue;
    const question = nextText(ws, i);
    if (question >= ws.length || ws[question].kind || !/\?$/u.test(ws[question].v)) continue;
    let end = nextText(ws, question);
    const first = end;
    while (end < ws.length && !ws[end].kind && POLL_ANSWER_RE.test(ws[end].v)) end = nextText(ws, end);
    if (end === first || nextText(ws, first) === end) continue;
    // (Closed by its count of votes, its notice, or both in that order.)
    let last = -1;
    for (const re of [POLL_VOTES_RE, POLL_NOTICE_RE]) {
      if (end >= ws.length || ws[end].kind || !re.test(ws[end].v)) continue;
      last = end;
      end = nextText(ws, end);
    }
    if (last < 0 || BOX_SOURCE_RE.test(ws[nextText(ws, last)]?.v ?? "")) continue;
    for (let j = i; j <= last; j++) if (ws[j].shape !== "blank") Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (a readers' poll)", metaDate: undefined });
    i = last;
  }
  // An exclamation closing a speech over the room's applause stays its last sentence: "Vive la France, vive le Kazakhstan
  // !" / "(Applaudissements prolongés)".
  for (let i = 1; i < ws.length; i++) {
    if (!ROOM_REACTION_RE.test(ws[i].v)) continue;
    const p = prevText(ws, i);
    if (p >= 0 && !ws[p].kind && ws[p].shape === "heading" && /!$/u.test(ws[p].v) && countWords(ws[p].v) >= 3) ws[p].shape = "paragraph";
  }
  // The button under a phone's banner offering the site's application: "Lisez-nous dans l'application" / "Ouvrir".
  for (let i = 0; i < ws.length; i++) {
    const n = i + 1;
    if (n < ws.length && ws[i].src.line <= APP_BANNER_LAST_LINE && !ws[i].kind && APP_OFFER_RE.test(ws[i].v) && !ws[n].kind && APP_BUTTON_RE.test(ws[n].v)) Object.assign(ws[i], { shape: "furniture", reason: APP_BANNER_REASON });
    if (n < ws.length && ws[i].reason === APP_BANNER_REASON && !ws[n].kind && APP_BUTTON_RE.test(ws[n].v)) Object.assign(ws[n], { shape: "furniture", kind: "furniture", reason: ws[i].reason });
  }
  for (let i = 0; i < ws.length; i++) {
    if ((ws[i].kind ?? ws[i].shape) !== "furniture" || !/cookie/.test(ws[i].reason ?? "") || COOKIE_BUTTON_RE.test(ws[i].v)) continue;
    for (let j = nextText(ws, i); j < ws.length && !ws[j].kind && COOKIE_BUTTON_RE.test(ws[j].v); j = nextText(ws, j)) {
      Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (a cookie notice's button)" });
    }
  }

  // Before the text, the site's name with its address ("Le Courrier des Nations · courrierdesnations.fr") is the
  // site's; so is a line in another script: its name in Arabic over the French one ("وكالة الأنباء الجزائرية"), a
  // language menu ("Русский"). In the text, such a line is an original quoted or a reference; one with figures may be
  // the page's date ("Политика | 15.03.2024 г., 16:45"), read as such by the rules below; one quoted, or longer than a
  // name, an epigraph in its language. The owner its copyright names further down: "Ministère des Affaires étrangères
  // de la République du Tadjikistan" over the page, "© 2025 Ministère des Affaires étrangères de la République du
  // Tadjikistan. Tous droits réservés." under it.
  const owners = new Set(ws.flatMap((w) => (w.shape === "blank" ? [] : [COPYRIGHT_OWNER_RE.exec(w.v)?.[1]].filter((o): o is string => !!o))));
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (w.kind || w.shape === "blank" || w.shape === "furniture") continue;
    // (A blog's owner signing it, "© 2025 Claire Fontanel", names its author under the headline.)
    if (owners.has(w.v) && !isPersonName(w.v)) Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (the site's name, as its copyright gives it)" });
    else if (otherScript(w.v) && !/[\d«»"“”„]/u.test(w.v) && w.v.split(/\s+/u).length <= 6) Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (a line in another script in the page's head)" });
    // The site's name in two scripts among the page's first lines: "المملكة اليوم | Le Royaume Aujourd’hui" (a headline
    // may give an event's name in Kazakh, then in French: "Абай оқулары – Lectures d'Abaï à Paris"). The site's
    // greeting among its first lines, in its language: "Malo te ma'uli ! Malo le ma'uli !".
    else if (w.src.line <= TAGLINE_LAST_LINE && isGreeting(w.v)) Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (the site's greeting)" });
    else if (w.src.line <= TAGLINE_LAST_LINE && isNameInTwoScripts(w.v)) Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (the site's name in two scripts)" });
    // The site's day in Arabic ("الثلاثاء، 14 يناير 2025") dates the page when nothing else does, like a masthead's.
    else if (otherScript(w.v) && w.v.length <= 60 && ARABIC_DAY_LINE_RE.test(w.v)) {
      const [, day, month, year] = ARABIC_DAY_LINE_RE.exec(w.v)!;
      const date = `${year}-${String(ARABIC_MONTHS.indexOf(month) + 1).padStart(2, "0")}-${day.padStart(2, "0")}`;
      Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (the site's day, in another script)" });
      if (isValidIsoDate(date)) w.metaDate = headDate({ date, evidence: w.v }, true);
    }
    else if (SITE_ADDRESS_RE.test(w.v)) Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (the site's name and address)" });
    // A link to the site's service in its language: "Toutes les nouvelles en français" (in the text, a list's item).
    else if (ALL_NEWS_LINK_RE.test(w.v)) Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (navigation link)" });
    else if (isBody(w)) break;
  }

  // Head: the lines before the first body line. The headline is the first headline-shaped line there of five words
  // or more (a site name or a section label is shorter), else the first of three words or more.
  let titleAt = -1;
  // "Qui finance ? Le fonds souverain…" / "Quand ? Pas avant 2028…": questions and their answers one under another are
  // the text, not headings (one such line alone is: "Pourquoi Astana ? Le choix d'une ville neutre").
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].kind || ws[i].shape !== "heading" || !QUESTION_THEN_SUBJECT_RE.test(ws[i].v) || innerSentenceBreaks(ws[i].v) !== 1) continue;
    const n = nextText(ws, i);
    const p = prevText(ws, i);
    const asked = (j: number) => j >= 0 && j < ws.length && !ws[j].kind && QUESTION_THEN_SUBJECT_RE.test(ws[j].v);
    if (asked(n) || asked(p)) ws[i].shape = "paragraph";
  }
  // A campaign's headline of two sentences, its subject first, alone between the site's lines in the head: "Mer d'Aral
  // : au Kazakhstan, la petite mer renaît. Aidons-la à tenir." / "34 120 € collectés sur 50 000 €", under the site's
  // lines or a label ("CAMPAGNE EN COURS") (with a headline above, or over prose, such a line is a standfirst).
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (w.kind || !isBody(w)) {
      if (!w.kind && w.shape === "heading" && countWords(w.v) >= 5) break;
      continue;
    }
    const p = prevText(ws, i);
    const n = nextText(ws, i);
    const furniture = (j: number) => j >= 0 && j < ws.length && (ws[j].kind ?? ws[j].shape) === "furniture";
    const label = (j: number) => j >= 0 && !ws[j].kind && ws[j].shape === "heading" && countWords(ws[j].v) <= 4;
    if (w.shape === "paragraph" && w.v.length <= TWO_SENTENCE_HEADLINE_MAX && SUBJECT_FIRST_RE.test(w.v) && innerSentenceBreaks(w.v) === 1 && (furniture(p) || label(p)) && furniture(n)) w.shape = "heading";
    break;
  }
  // A parliament's question is headed by its subject, under its author (the headline, see below): "Question n° 56-0417
  // de M. Thibault Lemaire (MR) du 14/03/2025 (Fr.) à Maxime Prévot, …" / "Exportations belges vers le Kazakhstan et
  // risque de contournement des sanctions contre la Russie.". Only in the page's head, over the question's text (a
  // digest quotes several).
  const firstLong = ws.findIndex((w) => !w.kind && w.shape === "paragraph" && w.v.length > QUESTION_SUBJECT_MAX);
  const asker = ws.findIndex((w, i) => (firstLong < 0 || i < firstLong) && QUESTION_AUTHOR_RE.test(w.v));
  let questionSubject = -1;
  if (asker >= 0) {
    const n = nextText(ws, asker);
    if (n < ws.length && !ws[n].kind && ws[n].shape === "paragraph" && ws[n].v.length <= QUESTION_SUBJECT_MAX && innerSentenceBreaks(ws[n].v) === 0) {
      ws[n].shape = "heading";
      questionSubject = n;
    }
  }
  // A headline may open with a quotation: "« Le Kazakhstan est prêt » : Tokaïev reçoit Zelensky".
  // An interview's headline may be the quotation alone, under the site's lines (its menus, then labels) and over the
  // standfirst or the byline:
  // "« Le Kazakhstan n’a jamais été aussi courtisé, et il le sait »" (under a headline, such a line is a pull quote).
  for (let i = 0; i < ws.length && !(ws[i].kind === undefined && isBody(ws[i]) && ws[i].shape !== "quote"); i++) {
    const w = ws[i];
    if (w.kind || w.shape !== "quote" || !isHeadingShape(w.v)) continue;
    // So may an interview's, its quotation then whom it is with: "« … » – Entretien avec Claire Montagnier".
    // Or a speech's, its quotation then whose speech it is: "« … » – Discours de Claire Vautrin à la convention de Lyon".
    // (Under a headline, below the site's menus, such a line is a pull quote or a video's caption.)
    if (/[»”"]\s*:\s*\S/u.test(w.v) || /[»”"]\s*[–—-]\s*(?:[Ee]ntretien|[Ii]nterview|[Rr]encontre|[Cc]onversation)\s(?:avec\s)?\p{Lu}/u.test(w.v)) w.shape = "heading";
    else if (/[»”"]\s*[–—-]\s*(?:[Dd]iscours|[Aa]llocution|[Ii]ntervention|[Tt]ribune|[Ll]ettre ouverte)\s(?:de|d['’]|du|des)\s?\S/u.test(w.v) && !headlineUnderMenus(ws, i, /navigation|breadcrumb|menu/u) && !ws.slice(0, i).some(isHeadline)) w.shape = "heading";
    else if (WHOLE_QUOTE_RE.test(w.v)) {
      const p = prevText(ws, i);
      const n = nextText(ws, i);
      // Under the site's lines, or under a section's label in capitals ("COURRIER DES LECTEURS").
      // (Or a rubric's word, with no headline above it: "Opinions" / "Tribune" / "« Ne laissons pas disparaître … »";
      // under an author's name or a short title, "Or nomade", a quotation is an epigraph or a pull quote.)
      // (Or the breadcrumb's last item printed again: "Opinions › Courrier des lecteurs" / "Courrier des lecteurs".)
      const crumbed = (j: number) => ws.slice(0, j).some((x) => /breadcrumb/u.test(x.reason ?? "") && lastCrumb(x.v) === ws[j].v);
      const sectionLabel = (j: number) => !ws[j].kind && ws[j].shape === "heading" && ((!/\p{Ll}/u.test(ws[j].v) && ws[j].v.split(/\s+/u).length <= 4) || (/^\p{Lu}\p{Ll}+$/u.test(ws[j].v) && !ws.slice(0, j).some(isHeadline)) || crumbed(j));
      const under = p < 0 || (ws[p].kind ?? ws[p].shape) === "furniture" || sectionLabel(p);
      // (Under such a label, over its date line: "Courrier des lecteurs" / "« … »" / "Publié le 19/02/2023 à 05:00".)
      const over = n < ws.length && !ws[n].kind && (ws[n].shape === "paragraph" || ws[n].byline || (p >= 0 && /^date line/u.test(ws[n].reason ?? "") && sectionLabel(p)));
      // Not when a headline stands above it, under the site's menus (a pull quote under "Lecture 6 min").
      if (under && over && !headlineUnderMenus(ws, i, /navigation|breadcrumb|menu/u)) w.shape = "heading";
    }
  }
  // Lower-case words alone after the text has begun, or under a line ending in ":", are the text's: a list's items.
  const textStart = ws.findIndex((w) => !w.kind && isBody(w));
  ws.forEach((w, i) => {
    if (!w.logo) return;
    const p = prevText(ws, i);
    if ((textStart >= 0 && i > textStart) || (p >= 0 && /:$/u.test(ws[p].v))) Object.assign(w, { shape: "paragraph", logo: false, reason: undefined });
  });
  // A short label ending in ":" ("Édition :" over "Français") is the site's, not the start of the text.
  const label = (w: Work) => w.shape === "paragraph" && /:$/u.test(w.v) && w.v.split(/\s+/u).length <= 3;
  // A box of the article's key points may stand over the headline: "Ce que vous devez savoir" / "→ Le Premier ministre
  // … était mardi à Bruxelles et Anvers." / … / "" / "Anvers veut devenir le terminus …": its label and its items are
  // the text's, but do not open it.
  for (let i = 0; i < ws.length && !(!ws[i].kind && isBody(ws[i])); i++) {
    if (ws[i].kind || ws[i].shape !== "heading" || !KEY_POINTS_RE.test(ws[i].v)) continue;
    let end = i + 1;
    while (end < ws.length && !ws[end].kind && ws[end].shape === "list-item") end++;
    const next = nextText(ws, end - 1);
    if (end - i < 3 || next >= ws.length || ws[next].kind || ws[next].shape !== "heading" || ws[next].v.split(/\s+/u).length < 5) break;
    // "En bref" there heads the site's briefs, other news: "En bref" / "• Tokaïev reçoit le président du Conseil
    // européen …" (under a headline already, a note's key points: "En bref" / "• La croissance a atteint …").
    const headlineAbove = ws.slice(0, i).some((w) => !w.kind && w.shape === "heading" && countWords(w.v) >= HEADLINE_WORDS);
    if (/^en bref/iu.test(ws[i].v) && !headlineAbove) for (let j = i; j < end; j++) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (the site's briefs over the headline)" });
    else {
      ws[i].kind = "heading";
      for (let j = i + 1; j < end; j++) ws[j].kind = "list-item";
    }
    break;
  }
  // The front page's label over the headline: "À LA UNE" / "Jean-Noël Barrot à Astana : « … »" (over the text, an
  // intertitle).
  for (let i = 0; i < ws.length && !(!ws[i].kind && isBody(ws[i]) && !FRONT_PAGE_HEAD_LABEL_RE.test(ws[i].v)); i++) {
    if (ws[i].kind || !FRONT_PAGE_HEAD_LABEL_RE.test(ws[i].v)) continue;
    const n = nextText(ws, i);
    // (Under a headline, below the site's menus, "À la une :" heads a press review's first item.)
    if (!headlineUnderMenus(ws, i, /navigation|breadcrumb|menu|language switcher/u) && n < ws.length && !ws[n].kind && ws[n].shape === "heading" && countWords(ws[n].v) >= 5) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (the front page's label over the headline)" });
  }
  // The page's title over its headline, the site's name or the page's address after it: "Le Kazakhstan fait les yeux
  // doux … - La Tribune du Grand-Duché" (a reading tool's export), "Le Kazakhstan parie sur … https://…/2025/03/14/…"
  // (an app's share text) over "Le Kazakhstan parie sur …": the site's lines, the address dating the page weakly.
  for (let i = 0; i < ws.length && ws[i].src.line <= PAGE_TITLE_LAST_LINE; i++) {
    const w = ws[i];
    if (w.kind || w.shape === "blank") continue;
    // (Only a headline of five words or more, close under it: a section's or a series' shorter title further down
    // repeats the start of the page's own: "Déclaration conjointe franco-kazakhe – 5 novembre 2024" / … /
    // "Déclaration conjointe franco-kazakhe".)
    const later = ws.find((x, j) => j > i && x.src.line - w.src.line <= PAGE_TITLE_SPAN && !x.kind && x.shape === "heading" && countWords(x.v) >= HEADLINE_WORDS && w.v.length > x.v.length && w.v.startsWith(x.v) && TITLE_SUFFIX_RE.test(w.v.slice(x.v.length)));
    if (!later) continue;
    const rest = w.v.slice(later.v.length).trim();
    const own = /^https?:\/\//u.test(rest) ? readPageAddress(rest) : null;
    const day = own ? addressDayOrMonth(own) : undefined;
    Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (the page's title over its headline)", ...(day ? { metaDate: { ...day, weak: true } } : {}) });
  }
  // A dictionary's entry heads its page: the breadcrumb's last item again with its grammatical label, right under the
  // breadcrumb and over the definition ("Accueil / Lettre D / Diplomatie multivectorielle" / "Diplomatie
  // multivectorielle (n. f.)"; under a post's headline, "Steppe, un mot immense" / its byline, the post's entry).
  const entryAt = ws.findIndex((w) => !w.kind && isBody(w));
  const entry = entryAt >= 0 ? GRAMMAR_LABEL_RE.exec(ws[entryAt].v) : null;
  const entryCrumb = entry ? prevText(ws, entryAt) : -1;
  if (entry && entryCrumb >= 0 && /breadcrumb/u.test(ws[entryCrumb].reason ?? "") && lastCrumb(ws[entryCrumb].v) === entry[1]) ws[entryAt].shape = "heading";
  // A researcher with their rank and unit under the headline, over the text, a photo's caption or the date line, no
  // word of their name in the text (a portrait calls its subject by her first name), signs it: "Nicolas Ferrand, maître de recherche, programme Eurasie", "Baptiste Rouvière,
  // Maître de conférences en géographie politique, Université Rhône-Sud" (on an event's page, the guest; under the
  // text, a signatory).
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].kind || !RESEARCH_BYLINE_RE.test(ws[i].v)) continue;
    const above = prevText(ws, i);
    const below = nextText(ws, i);
    if (above < 0 || isBody(ws[above]) || ws.slice(0, i).some(isProse) || !(below < ws.length && (isBody(ws[below]) || ws[below].shape === "credit" || ws[below].shape === "caption" || /date line|publication time/.test(ws[below].reason ?? "")))) continue;
    if (!namedInTextBelow(ws, i, ws[i].v.split(",")[0]) && !ws.some((w) => !w.kind && GUEST_WORD_RE.test(w.v))) Object.assign(ws[i], { shape: "credit", kind: "credit", byline: true });
  }
  let headEnd = ws.findIndex((w) => !w.kind && isBody(w) && !label(w));
  const head = headEnd < 0 ? ws.length : headEnd;
  const headings = ws.slice(0, head).flatMap((w, i) => (!w.kind && w.shape === "heading" ? [i] : []));
  // The desk signing as the site, from its town, over the date line: "Riyad — Le Royaume Aujourd’hui" (the site's name
  // in its head).
  const siteDesk = (i: number) => {
    const m = TOWN_DESK_RE.exec(ws[i].v);
    const d = nextText(ws, i);
    // Under a headline: "Kazakhstan – Union européenne" over its date line heads a page of its own.
    return !!m && d < ws.length && /date line|publication time/.test(ws[d].reason ?? "") && ws.slice(0, i).some(isHeadline) && ws.slice(0, i).some((w) => (w.kind ?? w.shape) === "furniture" && w.v.includes(m[1]));
  };
  // So does a film's director with its country, year and length: "Documentaire de Léa Hoffmann (Allemagne, 2025, 52
  // min)".
  for (const i of headings.slice(1)) if (HEAD_AGENCY_CREDIT_RE.test(ws[i].v) || FILM_BY_RE.test(ws[i].v)) Object.assign(ws[i], { shape: "credit", kind: "credit", byline: true });
  // An author with their trade between the headline and the date line signs it: "L'Union économique eurasiatique à
  // l'épreuve de la crise : …" / "Claire Vasseur, chercheuse associée au programme Russie/Eurasie" / "Juin 2015" (the
  // line the date follows is the headline's otherwise; on an event's page, its guest is named so: "Timour
  // Abdrakhmanov, chercheur associé" / "Jeudi 12 mars 2026 – 18h30" / "… notre invité reviendra sur …").
  // (Looked for only once such a line stands there.)
  let guested: boolean | undefined;
  for (const i of headings.slice(1)) {
    const above = prevText(ws, i);
    const below = nextText(ws, i);
    if (ws[i].kind || !TRADE_BYLINE_RE.test(ws[i].v) || !headings.includes(above) || ws[above].kind || countWords(ws[above].v) < 5 || !(below < ws.length && /date line|publication time/.test(ws[below].reason ?? ""))) continue;
    if (!(guested ??= ws.some((w) => !w.kind && GUEST_WORD_RE.test(w.v)))) Object.assign(ws[i], { shape: "credit", kind: "credit", byline: true });
  }
  for (let i = 0; i < ws.length; i++) if (!ws[i].kind && ws[i].shape === "heading" && siteDesk(i)) Object.assign(ws[i], { shape: "credit", kind: "credit", byline: true });
  // Two people's names or more right under a headline of five words or more and over the text are no headline: "Kazakhstan
  // : une natalité qui résiste, …" / "Marat Ospanov et Sophie Lemaire-Kuznetsov" / the text. They sign it when nothing
  // else does and the page names no guests (a concert's duo, an interview's founders, a conference's speakers may stand
  // so).
  const namesUnder = new Set<number>();
  for (const i of headings.slice(1)) {
    const above = prevText(ws, i);
    const below = nextText(ws, i);
    if (ws[i].kind || !headings.includes(above) || ws[above].kind || countWords(ws[above].v) < 5 || below >= ws.length || !isBody(ws[below]) || !isAuthorNames(ws[i].v)) continue;
    if (!ws.some((w) => w.byline) && !(guested ??= ws.some((w) => !w.kind && GUEST_WORD_RE.test(w.v)))) Object.assign(ws[i], { shape: "credit", kind: "credit", byline: true });
    else {
      Object.assign(ws[i], { shape: "credit", kind: "credit" });
      namesUnder.add(i);
    }
  }
  const candidates = headings.filter((i) => !ws[i].kind && !namesUnder.has(i));
  // A line taken as the headline by a later rule joins the candidates in its place, once.
  const promote = (at: number) => {
    if (!candidates.includes(at)) candidates.splice(candidates.filter((i) => i < at).length, 0, at);
  };
  const wordCount = (i: number) => ws[i].v.split(/\s+/).length;
  // Among several, the headline is the one the date line, the byline or the text follows (a site name is not). The
  // newsroom signing, "La rédaction", and a council's rapporteur are bylines there. A date line with the issue's number
  // dates the letter, under its name: "La Lettre d'Astana à Paris" / "N° 58 – Octobre 2024".
  const isMeta = (j: number) => j < ws.length && (ws[j].byline || (/date line|publication time/.test(ws[j].reason ?? "") && !ISSUE_MARK_RE.test(ws[j].v)) || (!ws[j].kind && (isBody(ws[j]) || NEWSROOM_SIGNATURE_RE.test(ws[j].v) || RAPPORTEUR_RE.test(ws[j].v))));
  // An author's affiliation ("Doctorant en science politique à…") is never the headline.
  // Nor is a list of the page's categories ("Billets, Asie centrale, Caucase du Sud"), nor a box's label over the
  // article's key points ("Ce que vous devez savoir"), nor a council's rapporteur under the point's title.
  // Nor is a numbered section listed in the article's contents box above it ("Dans cet article" / "1. L'actu : …" / … /
  // "1. L'actu : …"; a site's contents may list the headline itself).
  const contents = new Set(ws.slice(0, head).flatMap((w) => (/table of contents/.test(w.reason ?? "") && NUMBERED_SECTION_RE.test(w.v) ? [w.v] : [])));
  // Nor the breadcrumb's last item with its number: "Accueil › Publications › Notes de l'Observatoire" / … / "Notes de
  // l'Observatoire, n° 41".
  const crumbItems = new Set(ws.slice(0, head).flatMap((w) => (/breadcrumb/u.test(w.reason ?? "") ? w.v.split(CRUMB_SEP_RE).map((c) => c.trim()) : [])));
  const crumbSeries = (i: number) => SERIES_NUMBER_END_RE.test(ws[i].v) && crumbItems.has(ws[i].v.replace(SERIES_NUMBER_END_RE, ""));
  // Nor a line led by one of the breadcrumb's items, then what the section belongs to behind a dot or a bar: "Accueil >
  // Soutenances > Science politique" / … / "Science politique · École doctorale Sociétés, Politiques, Territoires".
  const crumbLed = (i: number) => {
    // (Six words at most behind it: "Tennis · Alexander Bublik renverse Daniil Medvedev …" is a headline.)
    const parts = ws[i].v.split(/\s[·|]\s/u);
    return parts.length >= 2 && crumbItems.has(parts[0].trim()) && countWords(parts.slice(1).join(" ")) <= CRUMB_LED_WORDS;
  };
  // Nor a section's label in capitals with its series: "ENTRETIENS · Collection « Géopolitiques »" ("EN DIRECT · Sommet
  // de l'OCS à Astana : …" is a live page's headline). Nor an event's kind, day and hours: "Webinaire – mardi 23 juin
  // 2020, 14h00-15h30 (heure de Paris)".
  const long = candidates.filter((i) => wordCount(i) >= 5 && !EVENT_DAY_RE.test(ws[i].v) && !AFFILIATION_RE.test(ws[i].v) && !RANK_PROFILE_RE.test(ws[i].v) && !JOB_TITLE_RE.test(ws[i].v) && !isCategoryList(ws[i].v) && !KEY_POINTS_RE.test(ws[i].v) && !RAPPORTEUR_RE.test(ws[i].v) && !contents.has(ws[i].v) && !SERIES_LABEL_RE.test(ws[i].v) && !crumbSeries(i) && !crumbLed(i) && !isReleaseLabel(ws[i].v));
  // When none is, the longest: a series name or a section label is shorter than the headline it stands over. Of two as
  // long, the one in small letters: a newsletter's sender in capitals stands over its issue's title ("AMBASSADE DE LA
  // RÉPUBLIQUE DU KAZAKHSTAN EN FRANCE" over "L'essentiel d'octobre : nucléaire civil, BRICS et visas").
  const capitals = (i: number) => !/\p{Ll}/u.test(ws[i].v);
  // (Nor, of those, one right over the site's menu with another under it: a blog's tagline, "Maire de Lézignan-sur-Orb
  // – Le blog d’une élue au quotidien" / "Accueil   Qui suis-je ?   …" / the post's title.)
  // (Or over a menu set one item a line, three or more: "Établissement homologué … – Réseau AEFE" / "L'ÉTABLISSEMENT" /
  // "INSCRIPTIONS" / "PÉDAGOGIE" / ….)
  // (Five items, or three in capitals or one of them a menu's word, "Boutique": a page's tags under its headline,
  // "Énergie" / "Nucléaire" / "Entreprises", are no menu.)
  const menuUnder = (i: number) => {
    const items: string[] = [];
    for (let j = nextText(ws, i); j < ws.length && items.length < 5 && !ws[j].kind && ws[j].shape === "heading" && wordCount(j) <= 3 && !/[.:!?]$/u.test(ws[j].v); j = nextText(ws, j)) items.push(ws[j].v);
    return { items: items.length, menuLike: items.every((v) => !/\p{Ll}/u.test(v)) || items.some((v) => MENU_WORD_RE.test(v)) };
  };
  const menuItems = (i: number) => {
    const m = menuUnder(i);
    return m.items >= 5 || (m.items >= 3 && m.menuLike);
  };
  const overMenu = (i: number) => (/navigation menu/u.test(ws[nextText(ws, i)]?.reason ?? "") || menuItems(i)) && long.some((k) => k > i);
  // (The only long line over such a menu of five items is the site's name when a shorter headline follows: "Les
  // Ateliers du Méridien – Centre culturel d'Ixelles" / "Agenda" / "Cinéma" / … / "Semaine du cinéma kazakh" / the
  // text.) (One of them a menu's word or all in capitals: a page's tags, "Futsal" / "Iran" / …, are no menu.)
  const bigMenu = (i: number) => {
    const m = menuUnder(i);
    return m.items >= 5 && m.menuLike;
  };
  const afterMenu = long.length === 1 && bigMenu(long[0]) ? candidates.find((k) => k > long[0] && wordCount(k) >= 3 && ws[k].v.length >= 20 && !crumbLed(k) && !menuItems(k)) : undefined;
  const pool = long.filter((i) => !overMenu(i));
  const longest = (pool.length ? pool : long).reduce((best, i) => (wordCount(i) > wordCount(best) || (wordCount(i) === wordCount(best) && capitals(best) && !capitals(i)) ? i : best), (pool.length ? pool : long)[0]);
  // A site's tagline is followed by a date as well, the day's, over the site's menu of sections ("Le portail de
  // l'information marocaine" / "Mercredi 19 Novembre 2025" / "Accueil | Politique | …"): of two so followed, that one
  // is the masthead's (a headline over its date and its tags, "Kazakhstan | Chine | OCS", stays the headline).
  // (A line of the page's tools may come between: "3.2 – Le Kazakhstan, ou l'art de la diplomatie multivectorielle" /
  // "Vidéo · 14 min   Transcription   Télécharger les diapositives (PDF)" / "Dernière mise à jour : 5 janvier 2026".)
  const tools = (j: number) => j < ws.length && !ws[j].kind && /layout label|reading time|download links/u.test(ws[j].reason ?? "");
  // (Not a subtitle under the headline: "Grand Slam d'Astana : les Bleus …" / "Deux titres pour Boukli et Gaba …" /
  // "Lecture : 3 min" / "Publié le 18 mai 2025 à 19h40".)
  // (Nor is the institution that issues the text, between the headline and its day: "Kazakhstan : déclaration conjointe
  // …" / "Délégation de l'UE au Kazakhstan" / "Bruxelles, 18/06/2025".)
  // (A name only: "Fédération de judo : « Astana a montré nos limites … »" is a headline.)
  const issuerUnder = (i: number) => INSTITUTION_NAME_RE.test(ws[i].v) && !/[:«»"“”]/u.test(ws[i].v) && countWords(ws[i].v) <= ISSUER_WORDS && long.some((k) => k < i && !INSTITUTION_NAME_RE.test(ws[k].v));
  const followed = long.filter((i) => !issuerUnder(i) && (isMeta(nextText(ws, i)) || (tools(nextText(ws, i)) && isMeta(nthText(ws, i, 2)) && !long.includes(prevText(ws, i)))));
  const masthead = (i: number) => {
    const d = nextText(ws, i);
    let m = d < ws.length && /date line/.test(ws[d].reason ?? "") ? nextText(ws, d) : ws.length;
    // The site's other lines may come between: a ticker of rates and weather, the issue's number ("Numéro 1543").
    // A live stream's link too ("ÉCOUTER LE DIRECT"), under a tagline among the page's first lines (under a headline, a
    // player and a menu may follow it).
    const player = (j: number) => ws[i].src.line <= TAGLINE_LAST_LINE && /video player/.test(ws[j].reason ?? "");
    // So may the reader's account links over the sections' menu: "Se connecter   S'abonner   Le journal numérique" /
    // "Saint-Nazaire   La Baule   …" / "Actu   Économie   Sports   …".
    // (Tags under a headline's date, "Ouzbékistan   Tachkent   Mirziyoïev", are no account links.)
    let accountSeen = false;
    const account = (j: number) => /navigation (?:menu|link)/.test(ws[j].reason ?? "") && !SECTION_MENU_RE.test(ws[j].v) && (accountSeen || ACCOUNT_LINKS_RE.test(ws[j].v));
    for (let k = 0; k < 2 && m < ws.length && (/rates and weather/.test(ws[m].reason ?? "") || ISSUE_NUMBER_RE.test(ws[m].v) || player(m) || account(m)); k++) {
      accountSeen ||= account(m);
      m = nextText(ws, m);
    }
    // The menu may be set one item a line: "Accueil" / "Politique" / ….
    return m < ws.length && /navigation (?:menu|link)/.test(ws[m].reason ?? "") && SECTION_MENU_RE.test(ws[m].v);
  };
  // (Nor is one over the site's menu and its breadcrumb or language switcher when another stands under them: "Lomé
  // Matin Infos" / "L'information du Togo et de la sous-région, minute par minute" / its day / "ACCUEIL   POLITIQUE   …"
  // / "Accueil » Diplomatie » …" / the headline. A breadcrumb alone may stand under the headline and its date, a page's
  // tags under its headline.)
  const overSiteLines = (i: number, j: number) => {
    const between = ws.slice(i + 1, j).map((x) => x.reason ?? "");
    return between.some((r) => /breadcrumb|language switcher/u.test(r)) && between.some((r) => /navigation menu/u.test(r));
  };
  const headline = followed.find((i, k) => k + 1 === followed.length || (!masthead(i) && !overSiteLines(i, followed[k + 1])));
  // Without a headline of five words or more, the breadcrumb's last item of two words or more printed again right over
  // the text is the page's title ("Accueil > … > Jumelages > Turkestan (Kazakhstan)" / … / "Turkestan (Kazakhstan)" /
  // the text), not the site's name above the menu ("… › Sport › Tennis" / "Tennis" over the text is a section's label).
  // (Or with long lines in capitals over the breadcrumb only, the site's: "FESTIVAL DES CINÉMAS D'ORIENT — MÂCON" / its
  // menu / "Accueil > … > La Steppe sans bornes" / "La Steppe sans bornes" / its credits; "Nauryz 2025 : la Maison … a
  // fêté …" over "Accueil > … > Vie de la maison" is the headline.)
  const firstCrumb = ws.findIndex((w, j) => j < head && /breadcrumb/u.test(w.reason ?? ""));
  const crumbs = long.every((i) => i < firstCrumb && !/\p{Ll}/u.test(ws[i].v)) ? ws.slice(0, head).flatMap((w) => (/breadcrumb/u.test(w.reason ?? "") ? [lastCrumb(w.v)] : [])) : [];
  // (Or over a badge in capitals over the text: "Le Chant du faucon" / "PREMIÈRE FRANÇAISE" / the text; or over its
  // author's name and its credits: "Paroles édifiantes" / "Abaï Kounanbaïouly" / "Traduit du kazakh par …" / "Préface
  // d'…" / a shop's price and buttons / the text.)
  const overText = (i: number) => {
    const n = nextText(ws, i);
    if (n === headEnd || (n < ws.length && BADGE_RE.test(ws[n].v) && nextText(ws, n) === headEnd)) return true;
    let credits = 0;
    for (let j = n; j < headEnd; j = nextText(ws, j)) {
      if (ws[j].shape === "credit" || (!ws[j].kind && BOOK_CREDIT_RE.test(ws[j].v))) credits++;
      else if ((ws[j].kind ?? ws[j].shape) !== "furniture" && !(j === n && isPersonName(ws[j].v))) return false;
    }
    return headEnd > n && credits > 0;
  };
  const crumbTitle = crumbs.length ? candidates.find((i) => overText(i) && wordCount(i) >= 2 && (crumbs.includes(ws[i].v) || crumbs.includes(GRAMMAR_LABEL_RE.exec(ws[i].v)?.[1] ?? ""))) : undefined;
  // (Under it, "Préface d'Anne-Sophie Verneuil" credits the book's preface; over a text, it heads the preface.)
  if (crumbTitle !== undefined) for (let j = nextText(ws, crumbTitle); j < headEnd; j = nextText(ws, j)) if (!ws[j].kind && BOOK_CREDIT_RE.test(ws[j].v)) Object.assign(ws[j], { shape: "credit", kind: "credit" });
  // The one long line over the site's menu and its breadcrumb is the site's name when a line of two words or more
  // stands right under the breadcrumb, over the text or a photo's caption, naming the breadcrumb's last item: "Ambassade
  // de la République du Kazakhstan en République française" / "Accueil" / … / "Accueil / L'Ambassade / L'Ambassadeur"
  // / "Biographie de l'Ambassadeur" (a headline over its tabs, "Présentation   Programme   …", and "Accueil > Événements
  // > Forum d'affaires 2025" stays over "Présentation de l'événement").
  let crumbAt = -1;
  for (let i = 0; i < head; i++) if (/breadcrumb/u.test(ws[i].reason ?? "")) crumbAt = i;
  const underCrumb = crumbAt >= 0 && long.length === 1 && long[0] < crumbAt && ws.slice(long[0] + 1, crumbAt).some((w) => /navigation/u.test(w.reason ?? "")) ? nextText(ws, crumbAt) : -1;
  const captioned = (i: number) => overText(i) || (/^(?:credit|caption)$/u.test(ws[nextText(ws, i)]?.shape ?? "") && nextText(ws, nextText(ws, i)) === headEnd);
  // (Cut at hyphens too, unlike words(): "Asie centrale" is named in "Kazakhstan-Asie centrale : …".)
  const letterRuns = (s: string) => s.normalize("NFC").toLowerCase().split(/[^\p{L}\d]+/u);
  const namesCrumb = (i: number) => {
    const words = letterRuns(lastCrumb(ws[crumbAt].v)).filter((x) => x.length >= 4);
    const own = new Set(letterRuns(ws[i].v));
    return words.length > 0 && words.every((x) => own.has(x));
  };
  const crumbHeadline = underCrumb >= 0 && candidates.includes(underCrumb) && wordCount(underCrumb) >= 2 && !capitals(underCrumb) && captioned(underCrumb) && namesCrumb(underCrumb) ? underCrumb : undefined;
  // A record's item headed by its subject over its speaker's label, when no longer line is followed by the page's
  // details: "AFFAIRES COURANTES" / "Les affaires étrangères" / "M. Pierre Lavallée (Beauce—Appalaches, PCC):" (not the
  // site's name on the first line).
  const speakerUnder = (i: number) => {
    const n = ws[nextText(ws, i)];
    return !!n?.participant && MEMBER_LABEL_RE.test(n.v);
  };
  const overSpeaker = followed.length === 0 ? candidates.find((i) => wordCount(i) >= 2 && !capitals(i) && speakerUnder(i)) : undefined;
  // Without one, the first of three words or more, one followed by its byline or its date before any other: "Les Mots
  // de l'Eurasie" / … / "Steppe, un mot immense" / "Par Camille Ferrand · 14 février 2025 · 5 min de lecture".
  const shortFollowed = candidates.find((i) => wordCount(i) >= 3 && ws[i].v.length >= 20 && isMeta(nextText(ws, i)) && !isBody(ws[nextText(ws, i)]) && !masthead(i));
  // A wiki's title of one or two words over its tabs: "Khanat kazakh" / "32 langues" / "Article" / "Discussion" / ….
  // (Two words at least: a sidebar's last item, "Aide", may stand over tabs set over the title.)
  const overTabs = candidates.find((i) => wordCount(i) >= 2 && /the wiki's tabs/u.test(ws[nextText(ws, i)]?.reason ?? ""));
  titleAt = crumbTitle ?? overSpeaker ?? crumbHeadline ?? (long.length > 1 ? headline ?? longest : undefined) ?? afterMenu ?? long[0] ?? shortFollowed ?? candidates.find((i) => wordCount(i) >= 3 && ws[i].v.length >= 20) ?? overTabs ?? -1;
  // A blog's post under its day: the blog's tagline over its menu is the site's, the short title right under the day
  // and over the text the post's: "Chroniques d'un expatrié au pays de la steppe, des pommes et du plov" / "Accueil |
  // Profil | Archives | Me contacter" / "lundi 19 février 2007" / "Borat, vu d'ici" / the text.
  // (The tagline under the blog's name: a page's first line over the site's menu is its headline.)
  if (titleAt >= 0 && long.length === 1 && titleAt === long[0] && prevText(ws, titleAt) >= 0) {
    let day = nextText(ws, titleAt);
    // (A menu opening on its link home: tags between bars, "Économie | Énergie | Kazakhstan", stand under a headline.)
    while (day < ws.length && /navigation menu/u.test(ws[day].reason ?? "") && (day > nextText(ws, titleAt) || HOME_FIRST_RE.test(ws[day].v))) day = nextText(ws, day);
    const post = day > nextText(ws, titleAt) && day < ws.length && /^date line/u.test(ws[day].reason ?? "") ? nextText(ws, day) : -1;
    if (post > 0 && candidates.includes(post) && wordCount(post) >= 2 && captioned(post)) titleAt = post;
  }
  // A review's headline under its rubric's label, over the text: "Critique · Littératures d'Asie centrale" / "Les
  // pommiers d'Alma-Ata" / the standfirst (the lines above the label are the site's).
  const underRubric = candidates.find((i) => prevText(ws, i) >= 0 && SERIES_LABEL_RE.test(ws[prevText(ws, i)].v) && wordCount(i) >= 2 && captioned(i));
  // (Not a headline of five words or more above the label: "Le Kazakhstan peut-il encore tenir la balance … ?" /
  // "Chronique · Géopolitique" / "Carnets d'Eurasie", the column's name.)
  if (underRubric !== undefined && titleAt <= prevText(ws, underRubric) && (titleAt < 0 || !long.includes(titleAt) || SERIES_LABEL_RE.test(ws[titleAt].v))) titleAt = underRubric;
  // Of two, the one printed again under the other and its byline is the headline: "Türkiye-Kazakhstan : objectif de
  // 10 milliards …" / "Les deux pays ont signé sept documents …" (the standfirst) / "Nazlı Yüksel Durmaz   |12.11.2025"
  // / "Türkiye-Kazakhstan : objectif de 10 milliards …" over the photo.
  // (Printed again so under the headline taken, the repeat goes too.)
  const repeatOf = (k: number) => [1, 2, 3].map((n) => nthText(ws, titleAt, n)).find((j) => j < ws.length && !ws[j].kind && ws[j].v === ws[k].v);
  // (A dossier's label printed around the headline, "Dossier : le Kazakhstan, pivot de l'Eurasie", stays a label.)
  const again = titleAt >= 0 ? long.find((k) => k < titleAt && repeatOf(k) !== undefined && !DOSSIER_LABEL_RE.test(ws[k].v)) : undefined;
  const repeat = again !== undefined ? repeatOf(again) : titleAt >= 0 ? repeatOf(titleAt) : undefined;
  if (repeat !== undefined) Object.assign(ws[repeat], { shape: "furniture", kind: "furniture", reason: "site furniture (the headline repeated)" });
  titleAt = again ?? titleAt;
  // A letter's name and issue over its date, then its headline: "Lettre Arbitrage & Investissements – n° 58" /
  // "Décembre 2025" / "France–Kazakhstan : un protocole modernise le traité bilatéral d'investissement de 1998".
  if (titleAt >= 0 && ISSUE_NAME_RE.test(ws[titleAt].v)) {
    let n = nextText(ws, titleAt);
    while (n < ws.length && (ws[n].kind ?? ws[n].shape) === "furniture") n = nextText(ws, n);
    if (n < ws.length && !ws[n].kind && !ws[n].byline && (ws[n].shape === "heading" || ws[n].shape === "paragraph") && isHeadingShape(ws[n].v) && wordCount(n) >= HEADLINE_WORDS) {
      Object.assign(ws[titleAt], { shape: "furniture", kind: "furniture", reason: "site furniture (the letter's name and issue)" });
      ws[n].shape = "heading";
      titleAt = n;
      promote(titleAt);
    }
  }
  // A council's register over one of its deliberations: "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL" /
  // its sitting, its roll call, its number / "OBJET : Pacte d'amitié … avec la ville de Turkestan": the object is the
  // headline, without its label, and what stands between is the register's.
  if (titleAt >= 0 && REGISTER_LABEL_RE.test(ws[titleAt].v)) {
    // (Only the sitting's formalities between: a subject told in a line of its own, a paragraph, then a fact box's
    // "OBJET : …" among "DURÉE : …" and "COÛT : …" is no deliberation's object.)
    let object = -1;
    for (let i = nextText(ws, titleAt); object < 0 && i < ws.length && i <= titleAt + REGISTER_HEADER_LINES; i = nextText(ws, i)) {
      if (!ws[i].kind && OBJECT_LABEL_RE.test(ws[i].v) && countWords(ws[i].v) >= HEADLINE_WORDS + 2) object = i;
      else if (!(ws[i].kind === "furniture" || ws[i].shape === "furniture" || REGISTER_FORMALITY_RE.test(ws[i].v) || SUMMARY_LABEL_RE.test(ws[i].v))) break;
    }
    if (object > 0) {
      // (The site's summary among them, "Résumé : le conseil a approuvé …", stays.)
      for (let k = titleAt; k < object; k++) if (ws[k].shape !== "blank" && ws[k].shape !== "furniture" && ws[k].kind !== "furniture" && !SUMMARY_LABEL_RE.test(ws[k].v)) Object.assign(ws[k], { shape: "furniture", kind: "furniture", reason: "site furniture (the register's header over the deliberation)" });
      const w = ws[object];
      cutHeadline(w, OBJECT_LABEL_RE.exec(w.src.text)![0].length + (w.src.text.length - w.src.text.trimStart().length), w.src.text.length, "the label of the deliberation's object");
      w.shape = "heading";
      titleAt = object;
      promote(titleAt);
    }
  }
  // A release's key points, three lines or more of a headline's shape one under another, under its headline and a blank
  // line: "Alizéa Énergies et le gouvernement du Kazakhstan signent …" / "" / "Un accord d’investissement de 40 ans …"
  // / "Une première phase de 1 GW …" / "L’ammoniac vert produit sera …" / "" / the text. The headline is the line
  // above. (A ticker's labelled lines over the headline, "EN DIRECT · …", "ALERTE · …", are no key points.)
  const point = (k: number) => long.includes(k) && !LABELLED_LINE_RE.test(ws[k].v);
  if (titleAt > 0 && point(titleAt)) {
    let top = titleAt;
    while (top > 0 && point(top - 1)) top--;
    const above = top >= 2 && ws[top - 1].shape === "blank" ? prevText(ws, top) : -1;
    if (titleAt - top + 1 >= KEY_POINTS_MIN && above >= 0 && long.includes(above) && !ws[above].kind) {
      for (let k = top; k <= titleAt; k++) ws[k].shape = "list-item";
      titleAt = above;
    }
  }
  // The page's categories under the headline ("Billets, Asie centrale, Caucase du Sud") are the site's. People's names
  // there, each alone on a line of the authors' box below ("Marion Lachaud, Timur Abenov" / … / "Marion Lachaud"), are
  // the byline.
  const boxed = (i: number) =>
    isAuthorNames(ws[i].v) &&
    namesIn(ws[i].v).every((name) => ws.some((x, j) => j > i && x.v === name)) &&
    ws.some((x, j) => j > i && AUTHORS_BOX_LABEL_RE.test(x.v) && ws.slice(j + 1, j + 4).some((y) => ws[i].v.includes(y.v) && y.v !== ""));
  for (let i = titleAt + 1; titleAt >= 0 && i < head; i++) {
    if (ws[i].kind || ws[i].shape === "blank" || !isCategoryList(ws[i].v)) continue;
    if (boxed(i)) Object.assign(ws[i], { shape: "credit", kind: "credit", byline: true });
    else Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (the page's categories)" });
  }
  // A short label above the headline ("Édition :") is the site's.
  for (let i = 0; i < titleAt; i++) if (!ws[i].kind && label(ws[i])) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (a label in the page's head)" });
  // With no headline-shaped line in the head, a long title with no stop at its end, first of the body, over the page's
  // tools, is the headline, as a ministry writes it: "Rencontre du Ministre des Affaires étrangères de la République du
  // Tadjikistan avec le Vice-Premier ministre, …" / "Imprimer | E-mail | Affichages : 214" / the text.
  // (Or when only a short line, the site's name over its menus, was taken for it: "Ministère des Affaires étrangères" /
  // "AZ     EN     RU     FR" / "Accueil     Ministère     …"; the lines over it are the masthead's too.)
  const overMenus = (k: number) => ws.slice(k + 1, headEnd).some((x) => /navigation|language switcher|breadcrumb/u.test(x.reason ?? ""));
  // Or, right under the date line, over a paragraph telling the same meeting in most of its words: "Le ministre des
  // Affaires étrangères de Géorgie … s’est entretenu avec …" / "Le 27 février 2024, le ministre des Affaires étrangères
  // de Géorgie … a reçu …" (then the site's name over its menus may be five words long).
  const longWords = (v: string) => new Set(v.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  const told = (k: number) => {
    if (k < 0) return false;
    const n = nextText(ws, k);
    const own = longWords(ws[k].v);
    const next = n < ws.length ? longWords(ws[n].v) : new Set<string>();
    return n < ws.length && isProse(ws[n]) && /date line/u.test(ws[prevText(ws, k)]?.reason ?? "") && own.size >= TOLD_TITLE_WORDS && [...own].filter((x) => next.has(x)).length >= own.size * TOLD_TITLE_SHARE;
  };
  const fallback = titleAt >= 0 && (!long.includes(titleAt) || told(headEnd)) && headEnd > titleAt && overMenus(titleAt) ? titleAt : -1;
  if ((titleAt < 0 || fallback >= 0) && headEnd >= 0) {
    const w = ws[headEnd];
    const n = nextText(ws, headEnd);
    // (A live page's "EN DIRECT · … · … · …" sets its headline and its latest items in one line: a standfirst.)
    const titleShaped = w.shape === "paragraph" && w.v.length <= LONG_TITLE_MAX && !endsSentence(w.v) && !/[:;,»”"]$/u.test(w.v) && innerSentenceBreaks(w.v) === 0 && !/\s[·•|]\s|\s{3}/u.test(w.v);
    // Only the site's lines stand above it, a section's path among them ("Presse » Actualités"); a short headline, "Le
    // pari kazakh", over a standfirst without its stop is no headline-shaped line of five words, but a headline still.
    // A release's number too: "N° 178/24".
    const siteAbove = ws.slice(0, headEnd).every((x, k) => k <= fallback || x.shape === "blank" || (x.kind ?? x.shape) === "furniture" || /\s[»›>|/]\s/u.test(x.v) || /^N°\s?\d[\d/-]*$/u.test(x.v));
    // (Over a short headline taken already, only a release's title: "Communiqué de presse sur la rencontre …"; "Astana
    // joue l'équilibre" over its path heads a standfirst without its stop.)
    const releaseTitle = fallback < 0 || RELEASE_TITLE_RE.test(w.v);
    // (Told again, it stands under the site's menu set one item a line: "Le Ministère" / "Politique étrangère" / …; a
    // headline over the breadcrumb stays over its standfirst.)
    const between = ws.slice(fallback + 1, headEnd);
    const menuItems = between.filter((x) => x.shape === "heading" && countWords(x.v) <= 4).length;
    const siteLines = between.every((x) => x.shape === "blank" || (x.kind ?? x.shape) === "furniture" || (x.shape === "heading" && countWords(x.v) <= 4));
    // (With no headline taken, the site's lines above it are enough: "Rencontre du Ministre … Djeyhoun Bayramov avec …
    // Mourat Nourtleou" under "Nouvelles" and its date, over "Le 3 mars 2025, le Ministre … a rencontré …".)
    // (Not a caption ending on its place and day: "…, à Ankara, le 12 mars 2025".)
    const menuAbove = (menuItems >= TOLD_MENU_ITEMS || (titleAt < 0 && !/(?:19|20)\d{2}$/u.test(w.v))) && siteLines;
    if (titleShaped && ((siteAbove && releaseTitle && n < ws.length && (ws[n].kind ?? ws[n].shape) === "furniture" && ws.slice(n).some(isProse)) || (menuAbove && told(headEnd)))) {
      if (fallback >= 0) Object.assign(ws[fallback], { shape: "furniture", kind: "furniture", reason: "site furniture (section label or kicker in the article's head)" });
      w.shape = "heading";
      titleAt = headEnd;
      promote(titleAt);
    }
  }
  // An official text's title is its headline, whatever the site's lines around it.
  const official = candidates.find((i) => OFFICIAL_TITLE_RE.test(ws[i].v));
  if (official !== undefined) titleAt = official;
  // So is a parliament's question's subject (see above), over the bulletin's title.
  else if (candidates.includes(questionSubject)) titleAt = questionSubject;
  // A sitting's record (its chair, its opening time) heads its text with the first item of its contents: "Sommaire" /
  // "1. Convention d’entraide judiciaire …" / … / "Convention d’entraide judiciaire …" over the speeches. That item is
  // the headline; the page's title names the sitting or the series ("Première séance du jeudi 7 décembre 2023"). One
  // item only comes again, or some only: a council's record heading each of its items is the sitting's, under its own
  // title.
  if (ws.some((w) => /the sitting's chair and times/u.test(w.reason ?? ""))) {
    const listed = ws.flatMap((w, i) => (/table of contents/u.test(w.reason ?? "") && !CONTENTS_OPENER_RE.test(w.v) && w.v.split(/\s+/u).length >= HEADLINE_WORDS ? [[i, w.v.replace(/^\d{1,2}[.)]\s+/u, "")] as const] : []));
    const heads = listed.flatMap(([at, name]) => {
      // The record may head the item without the contents' suffix: "3. Accord avec le Kazakhstan sur les services
      // aériens. – Adoption d’un projet de loi" / "Accord avec le Kazakhstan sur les services aériens".
      const short = name.replace(/\.?\s[–—-]\s.*$/u, "");
      const j = ws.findIndex((w, i) => i > at && !w.kind && w.shape !== "furniture" && (w.v === name || w.v === short));
      return j >= 0 ? [j] : [];
    });
    // An excerpt may carry a second item further down ("2. Accord avec la Mauritanie …" again at its place), when the
    // sitting is opened ("La séance est ouverte."): while some listed item does not come again, the headline is the one
    // whose part is the longest.
    const opened = ws.some((w) => SITTING_OPENED_RE.test(w.v));
    const part = (h: number) => Math.min(ws.length, ...heads.filter((x) => x > h)) - h;
    const longest = heads.reduce((best, h) => (part(h) > part(best) ? h : best), heads[0]);
    const again = heads.length === 1 ? heads[0] : heads.length > 1 && heads.length < listed.length && opened ? longest : -1;
    if (again >= 0) {
      ws[again].shape = "heading";
      titleAt = again;
      promote(titleAt);
    }
    // A committee's record without contents: its item right under the chair's line is the headline, "Commission des
    // affaires étrangères …" / "Mercredi 14 janvier 2026" / "- Présidence de M. Cédric Perrin, président -" / "Audition
    // de Mme …, ambassadrice …".
    const chair = ws.findIndex((w) => /the sitting's chair and times/u.test(w.reason ?? ""));
    // (Only in the page's head: a post quoting a record's head under its own headline keeps it.)
    const item = chair >= 0 && !ws.slice(0, chair).some((w) => !w.kind && isBody(w)) ? nextText(ws, chair) : ws.length;
    if (again < 0 && item < ws.length && item > titleAt && !ws[item].kind && ws[item].shape === "heading" && AGENDA_ITEM_RE.test(ws[item].v)) {
      titleAt = item;
      promote(titleAt);
    }
    // The chair's label over the opening of the sitting is the record's too: "M. le président." / "La séance est
    // ouverte.".
    for (let i = 0; i < titleAt; i++) {
      const n = nextText(ws, i);
      if (!ws[i].kind && SPEAKER_LABEL_RE.test(ws[i].v) && n < ws.length && /the sitting's chair and times/u.test(ws[n].reason ?? "")) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: ws[n].reason });
    }
  }
  // A scraping tool's title field, or the line printing it again, is the headline.
  // So is the line a browser's title bar printed at the top says again, without the site's name, and an archive's
  // record's title under its label: "Titre du sujet" / "Arménie-Azerbaïdjan : à Almaty, …".
  // (Only the page's one label, over its text: in a text, "Titre du document" labels a box's item, a quoted title.)
  const titleLabels = ws.flatMap((w, i) => (TITLE_FIELD_LABEL_RE.test(w.v) ? [i] : []));
  const firstBody = ws.findIndex((w) => !w.kind && w.shape === "paragraph" && countWords(w.v) >= TOLD_PARAGRAPH_WORDS);
  const titleLabelAt = titleLabels.length === 1 && !ws[titleLabels[0]].kind && (firstBody < 0 || titleLabels[0] < firstBody) ? titleLabels[0] : -1;
  const labelledTitleAt = titleLabelAt >= 0 && nextText(ws, titleLabelAt) < ws.length && !ws[nextText(ws, titleLabelAt)].kind && countWords(ws[nextText(ws, titleLabelAt)].v) >= 3 ? nextText(ws, titleLabelAt) : -1;
  if (labelledTitleAt >= 0) Object.assign(ws[titleLabelAt], { shape: "furniture", kind: "furniture", reason: "site furniture (the label over the headline)" });
  for (const at of [headerTitleAt, tabTitleAt, labelledTitleAt]) {
    if (at < 0 || ws[at].kind) continue;
    ws[at].shape = "heading";
    titleAt = at;
    promote(titleAt);
  }
  // A headline and its subtitle on the next line, longer, over the author's name alone, as platforms set them (Medium,
  // Substack): "Le Kazakhstan, puissance moyenne malgré lui" / "Pourquoi Astana refuse de choisir…" / "Antoine Besson".
  // The subtitle is the standfirst. (A news site's series name over its headline stands over "Par …".)
  const bareName = (j: number) => j < ws.length && !ws[j].kind && ws[j].shape === "heading" && isPersonName(ws[j].v);
  // So is a release's subtitle under its headline of eight words or more (a kicker is shorter): "Le Kazakhstan rapatrie
  // 42 enfants du nord-est de la Syrie ; l’UNICEF appelle …" / "Les enfants bénéficieront à leur retour …" / the date.
  // (Not a field's label over another's: "Titre original : …" / "Titre traduit : …". In a release only, labelled so
  // above: elsewhere a kicker, "Le Kazakhstan face à la guerre en Ukraine", or a caption stands over the headline.)
  // (A blank line may stand between the release's headline and its subtitle.)
  const above = titleAt > 0 ? prevText(ws, titleAt) : -1;
  const release = ws.slice(0, Math.max(0, above)).some((w) => isReleaseLabel(w.v));
  // (Across a blank line, not the issuer's name: "Ambassade de la République du Kazakhstan auprès de …".)
  const issuer = above !== titleAt - 1 && ISSUER_NAME_RE.test(ws[above]?.v ?? "");
  // (Not a field's label, "Objet : …", "Sous embargo : …"; a place's name may open a headline: "Kazakhstan : Sorelis
  // remporte …".)
  const placeOpens = above >= 0 && FIELD_LABEL_RE.test(ws[above].v) && findTag(ws[above].v.split(/\s?:\s/u)[0])?.kind === "place";
  const fieldOver = above >= 0 && FIELD_LABEL_RE.test(ws[above].v) && !placeOpens;
  // (Over a shorter subtitle only when a place opens it, "Mer d’Aral : HydroSyst retenu …" over "Un contrat de 48
  // millions d’euros …": over a shorter headline, the issuer's name, an event's place and day or a caption.)
  const subtitled = release && above >= 0 && !issuer && long.includes(above) && wordCount(above) >= SUBTITLED_HEADLINE_WORDS && !capitals(above) && (wordCount(above) < wordCount(titleAt) || placeOpens) && !fieldOver;
  if (titleAt > 0 && long.includes(titleAt - 1) && wordCount(titleAt - 1) < wordCount(titleAt) && bareName(nextText(ws, titleAt))) {
    ws[titleAt].shape = "paragraph";
    titleAt--;
  } else if (subtitled) {
    ws[titleAt].shape = "paragraph";
    titleAt = above;
  }
  // A section's label printed again in the article's head, under the headline, maybe with the issue's number: "Accueil
  // / Isère / Voiron" / … / the byline / "Voiron"; "Info" / "Économie" / the headline / … / "Économie"; "Notes de
  // l'Observatoire Eurasie" / the headline / … / "Notes de l'Observatoire Eurasie, n° 41". (Only up to the text's first
  // paragraph after the standfirst: an intertitle may name a section of the site.)
  // (Over the headline, a heading is its kicker: see below. The site's name on the page's first lines, printed again
  // under the byline, names the outlet the author writes for: "Ouest-France" / … / "Ouest-France" / "Yann LE GALL.".)
  const secondLine = nthText(ws, ws.findIndex((w) => w.shape !== "blank"), 1);
  const siteLabels = new Set(ws.slice(secondLine + 1, Math.max(titleAt, 0)).flatMap((w) => (((w.kind ?? w.shape) === "furniture" && /section label|navigation|breadcrumb/u.test(w.reason ?? "")) || (!w.kind && w.shape === "heading") ? [w.v, ...w.v.split(CRUMB_SEP_RE).map((c) => c.trim())] : [])));
  // (Only under the head's date line or byline; nor one over the text's first paragraph or list: a roundup's first
  // section, "Kazakhstan" / "Le ministre … a reçu …", "Diplomatie" / "• …".)
  let metaSeen = false;
  for (let i = nextText(ws, titleAt), k = 0; titleAt >= 0 && i < ws.length && siteLabels.size > 0; i = nextText(ws, i), k++) {
    if (isBody(ws[i]) && !ws[i].kind && k > 0) break;
    const n = nextText(ws, i);
    metaSeen ||= /date line|publication time/u.test(ws[i].reason ?? "") || !!ws[i].byline || ws[i].shape === "credit";
    if (ws[i].kind || ws[i].shape !== "heading" || !metaSeen || (n < ws.length && isBody(ws[n]) && !ws[n].kind)) continue;
    if (siteLabels.has(ws[i].v) || siteLabels.has(ws[i].v.replace(SERIES_NUMBER_END_RE, ""))) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (section label or kicker in the article's head)" });
  }
  // A reading view's header, the headline on the page's first line: the site's address, the author, the reading time
  // as a span ("melee.info" / "Lucie Ferrand" / "8-10 minutes").
  const siteUnder = titleAt >= 0 && titleAt === ws.findIndex((w) => w.shape !== "blank") ? nextText(ws, titleAt) : ws.length;
  if (siteUnder < ws.length && /the page's web address/u.test(ws[siteUnder].reason ?? "")) {
    const by = nextText(ws, siteUnder);
    const time = nextText(ws, by);
    if (time < ws.length && READING_SPAN_RE.test(ws[time].v)) {
      Object.assign(ws[time], { shape: "furniture", kind: "furniture", reason: "site furniture (reading time)" });
      if (isPersonName(ws[by].v)) Object.assign(ws[by], { shape: "credit", kind: "credit", byline: true, reason: undefined });
    }
  }
  // The author's name alone under the headline, and the affiliation line under it: "Aïgerim Seitkali" / "Chercheuse
  // associée…". A report's title page names several authors, each with an affiliation, maybe after a subtitle. Two
  // authors' names are the byline only over the date line: "Camille Poirot et Dinara Abenova" / "3 octobre 2024 à
  // 19h12" ("Mourat Nourtleou et Wang Yi" under a standfirst names the article's subjects).
  const coAuthors = (j: number) => {
    const d = nextText(ws, j);
    return isAuthorNames(ws[j].v) && d < ws.length && /date line|publication time/.test(ws[d].reason ?? "");
  };
  if (titleAt >= 0) {
    let n = nextText(ws, titleAt);
    // One line may stand between the headline and the authors: a subtitle, maybe a sentence.
    // (So may its date line stand between, the name under it: the standfirst / "Publié le mardi 14 octobre 2025 à
    // 07:31" / "Marion Lefort"; named in the text, a portrait's subject heading its part.)
    if (n < ws.length && !ws[n].kind && (ws[n].shape === "heading" || (ws[n].shape === "paragraph" && ws[n].v.length <= CHAPEAU_MAX_CHARS)) && !isPersonName(ws[n].v)) {
      let after = nextText(ws, n);
      const dated = after < ws.length && /date line|publication time/.test(ws[after].reason ?? "");
      if (dated) after = nextText(ws, after);
      if (after < ws.length && ws[after].shape === "heading" && ((isPersonName(ws[after].v) && !(dated && namedInTextBelow(ws, after, ws[after].v))) || (!dated && coAuthors(after)))) n = after;
    }
    // A social network's profile picture may stand over the name ("Photo de profil de …"), and the name be printed
    // twice. The date line may stand between, or a meta line ("Focus n° 31 | 21 juin 2023 | 12 pages"), and a label:
    // "Publié : 23 février 2023" / "Auteur" / "Camille Arnaud-Lefort". A reading time too, when the label follows it
    // ("Temps de lecture : 7 min" / "Auteurs").
    const beforeLabel = (j: number) => /reading time/.test(ws[j].reason ?? "") && AUTHOR_LABEL_RE.test(ws[nextText(ws, j)]?.v ?? "");
    const skippable = (w: Work, j: number) => ((w.kind ?? w.shape) === "furniture" && (/social network|date line|publication time/.test(w.reason ?? "") || beforeLabel(j))) || (!w.kind && AUTHOR_LABEL_RE.test(w.v));
    let labelled = false;
    while (n < ws.length && skippable(ws[n], n)) {
      if (AUTHOR_LABEL_RE.test(ws[n].v)) {
        Object.assign(ws[n], { shape: "furniture", kind: "furniture", reason: "site furniture (the label over the author's name)" });
        labelled = true;
      }
      n = nextText(ws, n);
    }
    let named = "";
    // "Aïgerim Seitkali, à Almaty" over the date line: the author with where they wrote from (without the date line, a
    // caption: "Kassym-Jomart Tokaïev, à Moscou").
    const nameFrom = (j: number) =>
      isPersonName(ws[j].v.replace(/,\s+(?:à|depuis)\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}$/u, "")) && /date line|publication time/.test(ws[nextText(ws, j)]?.reason ?? "");
    // Under the label, each author with their role and office: "Auteurs" / "Camille Verhaeghe, associée, Paris".
    // Without the label, the author with their trade and beat, under the date line: "Claire Vasseur, économiste pays –
    // Asie centrale, Caucase".
    // Right under the headline too, one under another: "Anne-Sophie Marchal, Associée" / "Daniyar Seitkali, Counsel".
    const underHeadline = (j: number) => prevText(ws, j) === titleAt || !!ws[prevText(ws, j)]?.byline;
    // (The role may be capitalised: "Daniyar Seitkali, Counsel".)
    const roled = (v: string) => NAME_WITH_ROLE_RE.test(v.replace(/^([^,]+,\s+)(\p{Lu})/u, (_, name: string, c: string) => name + c.toLowerCase()));
    // (Under the headline, only an author's trade: a researcher named there, "Gaukhar Nourlanova, Chercheuse associée",
    // is the one interviewed, or a speaker, when the text names them again; named nowhere in the text, they wrote it.)
    const unnamedInText = (j: number) => {
      const name = ws[j].v.split(",")[0];
      return !ws.some((x, k) => k > j && !x.kind && isBody(x) && x.v.includes(name));
    };
    // (On a programme's page, the one named there is its guest: "Notre invitée revient sur …".)
    const programme = ws.some((x) => /player|podcast/u.test(x.reason ?? "") || (!x.kind && GUEST_WORD_RE.test(x.v)));
    // (Only a researcher's trade: "Aliya Sadykova, directrice générale" under a headline is its photo's caption.)
    const authorRole = (j: number) => AUTHOR_ROLE_RE.test(ws[j].v.split(",")[1] ?? "") || (RESEARCHER_ROLE_RE.test(ws[j].v.split(",")[1] ?? "") && unnamedInText(j) && !programme);
    const withRole = (j: number) => ((labelled || (underHeadline(j) && authorRole(j))) && roled(ws[j].v)) || (/date line|publication time/.test(ws[prevText(ws, j)]?.reason ?? "") && AUTHOR_AT_WORK_RE.test(ws[j].v));
    // A first name and an initial under the date line, as African dailies sign: "Rija R.".
    // (A witness named so, and again in the text, is its subject: "Nurlan K." / "… Nurlan K. a été …".)
    const initialled = (j: number) => INITIALLED_NAME_RE.test(ws[j].v) && /date line|publication time/.test(ws[prevText(ws, j)]?.reason ?? "") && !ws.some((x, k) => k > j && x.v.includes(ws[j].v));
    // A paper's authors, each with their institution in brackets: "Aliya Zhumabaeva (Université nationale Al-Farabi)".
    // (Right under the headline: under a date line, a prize's winners; over a photo's credit, its caption.)
    const affiliated = (j: number) => {
      const m = BRACKETED_AFFILIATION_RE.exec(ws[j].v);
      return !!m && isPersonName(m[1]) && underHeadline(j) && !/^(?:©|\(?(?:photo|crédit))/iu.test(ws[nextText(ws, j)]?.v ?? "");
    };
    while (n < ws.length && !ws[n].kind && (ws[n].shape === "heading" || initialled(n) || withRole(n)) && (isPersonName(ws[n].v) || nameFrom(n) || coAuthors(n) || withRole(n) || initialled(n) || affiliated(n) || NEWSROOM_SIGNATURE_RE.test(ws[n].v) || SERVICE_BYLINE_RE.test(ws[n].v))) {
      if (ws[n].v === named) Object.assign(ws[n], { shape: "furniture", kind: "furniture", reason: "site furniture (the author's name repeated)" });
      else Object.assign(ws[n], { kind: "credit", byline: true });
      named = ws[n].v;
      n = nextText(ws, n);
      if (n < ws.length && !ws[n].kind && ws[n].shape !== "furniture" && ws[n].v.length <= 200 && (AFFILIATION_RE.test(ws[n].v) || BYLINE_ROLE_RE.test(ws[n].v))) {
        Object.assign(ws[n], { kind: "credit", byline: true });
        n = nextText(ws, n);
      }
    }
  }
  // A date glued to the end of the headline is the publication date, not part of it: "TOKAÏEV REÇOIT … DE L'ONU
  // 04/07/2024".
  if (titleAt >= 0 && !ws[titleAt].cut) {
    const w = ws[titleAt];
    const last = findDates(w.v).filter((m) => !m.relative).pop();
    const at = last ? w.src.text.lastIndexOf(last.evidence) : -1;
    // Only a date set apart: written in figures ("04/07/2024") or after a bar or a dash ("… | 4 juillet 2024"); "depuis
    // le 24 février 2022" ends a headline's own sentence.
    const apart = last && (/^\d/.test(last.evidence) && !/\p{L}/u.test(last.evidence) || /[|–—-]\s*$/u.test(w.v.slice(0, w.v.length - last.evidence.length)));
    if (last && apart && at > 0 && w.v.endsWith(last.evidence) && countWords(w.v.slice(0, w.v.length - last.evidence.length)) >= 3) {
      cutHeadline(w, 0, w.src.text.slice(0, at).replace(/[\s|,–—-]+$/u, "").length, "date glued to the headline (publication metadata)");
      w.metaDate = headDate(last);
    } else if (last && at > 0 && /\(\s*$/u.test(w.v.slice(0, w.v.length - last.evidence.length - 1)) && w.v.endsWith(`${last.evidence})`) && /\d{4}$/u.test(last.evidence)) {
      // A release's title ending on its day in brackets keeps it, and dates the page: "Entretien avec … (14 décembre
      // 2023)"; on a visit's days, by its last: "Visite de M. … au Kazakhstan (9-10 mars 2026)" is told once it is
      // over.
      // (Under a "Publié le …" line, the page's day is that one: the brackets date the visit.)
      const published = ws.slice(titleAt + 1, titleAt + PUBLISHED_UNDER_LINES).some((x) => !!x.metaDate && /date line/u.test(x.reason ?? "") && PUBLICATION_WORD_RE.test(x.v));
      w.metaDate = headDate(last.endDate && !PREVIEW_RE.test(w.v) ? { date: last.endDate, evidence: last.evidence } : last, published);
    } else {
      // A headline that is little more than a day ("Première séance du jeudi 7 décembre 2023") dates the page when no
      // date line does; "Sommet de l'OTSC du 23 novembre 2024 : ce qu'il faut attendre" names an event to come.
      const days = findDates(w.v).filter((m) => !m.relative && /^\d{4}-\d{2}-\d{2}$/.test(m.date));
      if (days.length === 1 && !days[0].endDate && wordsBesideDates(w.v) <= 4) w.metaDate = headDate(days[0], true);
    }
  }
  // A note's call ending the headline, "… le 29 novembre 2022 (1)": the note is the text's, the call not the title's.
  if (titleAt >= 0 && !ws[titleAt].cut) {
    const w = ws[titleAt];
    const call = TITLE_NOTE_CALL_RE.exec(w.src.text.trimEnd());
    if (call && ws.some((x, j) => j > titleAt && x.v.startsWith(call[0].trim()))) cutHeadline(w, 0, call.index, "the call of a note in the headline");
  }
  // A post's first line framed with emoji as its headline: "🇰🇿 Message du Chef de l’État … 🇰🇿". The headline is the
  // words.
  if (titleAt >= 0 && !ws[titleAt].cut) {
    const w = ws[titleAt];
    const { lead, tail } = emojiFrame(w.src.text.trim());
    const start = w.src.text.indexOf(w.src.text.trimStart()) + lead.length;
    const end = w.src.text.trimEnd().length - tail.length;
    if ((lead || tail) && end > start) cutHeadline(w, start, end, "emoji around the headline");
  }
  // A report's event, its kind, day and hours, right under the headline: "Webinaire – mardi 23 juin 2020, 14h00-15h30
  // (heure de Paris)" (further down, an announcement's or an agenda's is the text's).
  // (Under its authors too: a paper's session, "Atelier 7 · Salle B204 · jeudi 3 juillet 2025, 14 h 00 – 15 h 45".)
  let eventAt = titleAt >= 0 ? nextText(ws, titleAt) : ws.length;
  while (eventAt < ws.length && ws[eventAt].kind === "credit" && ws[eventAt].byline) eventAt = nextText(ws, eventAt);
  // (Each of its sessions, one under another: "Séance 1 · Salle des Thèses · …" / "Séance 2 · …".)
  for (; eventAt < ws.length && !ws[eventAt].kind && EVENT_DAY_RE.test(ws[eventAt].v); eventAt = nextText(ws, eventAt)) Object.assign(ws[eventAt], { shape: "furniture", kind: "furniture", reason: "site furniture (the event's day and hours)" });
  // A report's number and the day it was filed right under its headline, under a parliament's menus: "Rapport
  // d'information n° 512 (2024-2025), déposé le 9 avril 2025" (among the page's first lines, see shapeOf).
  const filedAt = titleAt >= 0 ? nextText(ws, titleAt) : ws.length;
  const filed = filedAt < ws.length && !ws[filedAt].kind ? filedDate(ws[filedAt].v) : undefined;
  if (filed) Object.assign(ws[filedAt], { shape: "furniture", kind: "furniture", byline: false, reason: "date line (publication metadata)", metaDate: filed });
  // "COMMUNIQUÉ DE PRESSE" between the headline and the text is the page's kind, never its author (in the text, it
  // heads a release the article reproduces).
  for (let i = titleAt + 1; titleAt >= 0 && i < head; i++) if (isReleaseLabel(ws[i].v)) Object.assign(ws[i], { shape: "furniture", kind: "furniture", byline: false, reason: "site furniture (section label or kicker in the article's head)" });
  // A section's line dates the page next to its headline, over it or under it; elsewhere it is another article's, a
  // card's in a box of popular articles ("Le Kazakhstan supprime les visas …" / "Catégorie : International | 22
  // septembre 2023 | 1 248 vues").
  ws.forEach((w, i) => {
    if (w.sectionDate && !(titleAt >= 0 && (nextText(ws, i) === titleAt || prevText(ws, titleAt) === i || nextText(ws, titleAt) === i))) w.metaDate = undefined;
  });
  // A headline given again in English under it, as a journal prints a paper's titles: "Neutralité sans le nom : le
  // Kazakhstan face à la guerre en Ukraine (2022-2024)" / "Neutrality in all but name: Kazakhstan and the war in Ukraine
  // (2022-2024)". The headline is the French one.
  const overTitle = titleAt >= 0 ? prevText(ws, titleAt) : -1;
  if (overTitle >= 0 && candidates.includes(overTitle) && !ws[overTitle].kind && isTranslatedHeadline(ws[overTitle].v, ws[titleAt].v)) {
    Object.assign(ws[titleAt], { shape: "furniture", kind: "furniture", reason: TRANSLATED_HEADLINE_REASON });
    titleAt = overTitle;
  }
  // A line of fields is no headline where the breadcrumb's last item stands right under it, printed again: "Accueil >
  // Films > Drame > Les Chevaux du Turkestan" / "Les Chevaux du Turkestan" / "Titre original : …" / "Sortie : 9 avril
  // 2025 en salle | 1h 52min | Drame, Historique".
  const crumbLine = titleAt >= 0 ? ws.findIndex((w, i) => i < titleAt && /breadcrumb/u.test(w.reason ?? "")) : -1;
  const crumbAgain = crumbLine >= 0 ? nextText(ws, crumbLine) : -1;
  if (crumbAgain >= 0 && crumbAgain < titleAt && candidates.includes(crumbAgain) && BARRED_FIELDS_RE.test(ws[titleAt].v) && countWords(ws[crumbAgain].v) >= 2 && ws[crumbAgain].v === lastCrumb(ws[crumbLine].v)) {
    ws[titleAt].kind = undefined;
    titleAt = crumbAgain;
  }
  // A photo's caption over its credit, the photo's day closing it, is no headline: "Visite de travail de Xavier Bettel au
  // Kazakhstan" / "Xavier Bettel et Kassym-Jomart Tokaïev … au palais Akorda, le 15 octobre 2024" / "© Akorda". The
  // line over it is.
  const creditUnder = titleAt >= 0 ? nextText(ws, titleAt) : ws.length;
  const overCaption = titleAt >= 0 ? prevText(ws, titleAt) : -1;
  // (A caption tells who and where in twelve words or more: "Forum d'affaires France-Kazakhstan à Almaty, le 3 avril 2025"
  // over a banner's credit is a headline; a release's label or an institution's name over it, printed again further
  // down, is none.)
  const overHeadline = (j: number) => countWords(ws[j].v) >= 4 && !isReleaseLabel(ws[j].v) && !INSTITUTION_NAME_RE.test(ws[j].v) && !ws.some((x, k) => k !== j && x.v === ws[j].v);
  if (overCaption >= 0 && creditUnder < ws.length && candidates.includes(overCaption) && !ws[overCaption].kind && overHeadline(overCaption) && countWords(ws[titleAt].v) >= CAPTION_MIN_WORDS && CAPTION_DAY_END_RE.test(ws[titleAt].v) && ws[creditUnder].shape === "credit" && PHOTO_CREDIT_RE.test(ws[creditUnder].v)) {
    Object.assign(ws[titleAt], { shape: "credit", kind: "credit" });
    titleAt = overCaption;
  }
  const underTitleAt = titleAt >= 0 ? nextText(ws, titleAt) : ws.length;
  if (underTitleAt < ws.length && !ws[underTitleAt].kind && ws[underTitleAt].shape !== "blank" && isTranslatedHeadline(ws[titleAt].v, ws[underTitleAt].v)) Object.assign(ws[underTitleAt], { shape: "furniture", kind: "furniture", reason: TRANSLATED_HEADLINE_REASON });
  for (const i of candidates) {
    const w = ws[i];
    if (w.kind && i !== titleAt) continue;
    if (i === titleAt) w.kind = "title";
    // An encyclopedia's section heading, its edit link cut off, is the text's first heading, no kicker.
    // So is a report's foreword under the headline: "Avant-propos de Sylvie Marchand-Duval" over its text.
    else if (i > titleAt && titleAt >= 0 && (OPENING_SECTION_RE.test(w.v) || NUMBERED_SECTION_RE.test(w.v) || w.cut?.reason === EDIT_LINK_REASON || BOOK_CREDIT_RE.test(w.v))) continue;
    else if (titleAt >= 0 && w.v === ws[titleAt].v) Object.assign(w, { kind: "furniture", reason: "site furniture (the headline repeated)" });
    // An author with their trade under the headline is no kicker but a byline, "Timour Abenov, chercheur associé",
    // "Inès Bouraoui, CFA, analyste souverains" (on a page naming its guest, the guest); nor is a line under a player's
    // times, a podium's name under the video ("01:47" / "Brenda Kiprono" / "2:23:58"), nor a box's label over the key
    // points ("Les points clés" / "• …").
    else if (i > titleAt && titleAt >= 0 && TRADE_BYLINE_RE.test(w.v)) {
      if (!ws.some((x) => !x.kind && GUEST_WORD_RE.test(x.v))) Object.assign(w, { shape: "credit", kind: "credit", byline: true });
    } else if (i > titleAt && titleAt >= 0 && (KEY_POINTS_RE.test(w.v) || ws.slice(titleAt, i).some((x) => /the player's time/u.test(x.reason ?? "")))) continue;
    // The institution issuing the text, over its day, signs it: "Délégation de l'UE au Kazakhstan" / "Bruxelles,
    // 18/06/2025".
    else if (titleAt >= 0 && i > titleAt && issuerUnder(i) && isMeta(nextText(ws, i))) Object.assign(w, { shape: "credit", kind: "credit" });
    else if (titleAt >= 0 && i > titleAt && wordsBesideDates(w.v) >= 6 && !/https?:\/\/|www\./iu.test(w.v) && !crumbLed(i)) {
      // A long line after the headline is its standfirst: it opens the text.
      w.shape = "paragraph";
      break;
    } else {
      Object.assign(w, { kind: "furniture", reason: "site furniture (section label or kicker in the article's head)" });
      // A series label with the issue's date: "NOTES DE L'OBSERVATOIRE N° 27 — NOVEMBRE 2022" (an offer's bound is no
      // day of the page's: "🔥 Offre printemps : -10 % … jusqu'au 30 septembre 2025").
      // (Nor a banner's day to come: "Inscriptions ouvertes – Session d'hiver : début des cours le 12 janvier 2026".)
      const dated = findDates(w.v).filter((m) => !m.relative && !BOUND_EVIDENCE_RE.test(m.evidence) && !STARTS_ON_RE.test(w.v.slice(0, m.start)));
      if (dated.length === 1) w.metaDate = headDate(dated[0], true);
    }
  }
  // Over the headline, a press service's name amid the site's lines, two above and two below, is a menu's item or a
  // section's path: "Service de presse" between "Politique étrangère" and "Services consulaires", "Service de presse /
  // Nouvelles" (under an embassy's name, over its communiqué's number, or under the headline or the text, it signs).
  for (let i = 0; i < titleAt; i++) {
    if (ws[i].kind || ws[i].shape !== "credit" || !PRESS_SERVICE_LABEL_RE.test(ws[i].v)) continue;
    const site = (j: number) => j >= 0 && j < ws.length && (j === titleAt || (ws[j].kind ?? ws[j].shape) === "furniture");
    if (site(prevText(ws, i)) && site(prevText(ws, prevText(ws, i))) && site(nextText(ws, i)) && site(nthText(ws, i, 2))) Object.assign(ws[i], { shape: "furniture", kind: "furniture", byline: false, reason: "site furniture (section label or kicker in the article's head)" });
  }
  // A letter's other items, named in its contents over the article ("• International : une délégation kazakhe sur la
  // route de la Montbéliarde" / "• PAC 2026 : ce qui change au 1er janvier"): after the text, the next item's title
  // heads the letter's other items, to its end. (The contents must name the headline: then they are the letter's.
  // Only items marked as the headline's count: a sitting's "1. Convention …" lists its parts unmarked under it.)
  if (titleAt >= 0) {
    const markOf = (v: string) => {
      const m = CONTENTS_ITEM_MARK_RE.exec(v);
      return m ? (m[1] ?? "n") : "";
    };
    const entries = ws.flatMap((w, i) => (i < titleAt && /table of contents/u.test(w.reason ?? "") ? [{ mark: markOf(w.v), item: w.v.replace(CONTENTS_ITEM_MARK_RE, "").toLowerCase() }] : []));
    const names = (item: string, v: string) => item === v || item.endsWith(` : ${v}`);
    const title = ws[titleAt].v.toLowerCase();
    const own = entries.find((e) => names(e.item, title));
    const items = own ? entries.filter((e) => e.mark === own.mark && e !== own).map((e) => e.item) : [];
    const found = own ? ws.findIndex((w, i) => i > titleAt && !w.kind && w.shape === "heading" && items.some((item) => names(item, w.v.toLowerCase()))) : -1;
    // (The article told first, four lines of text or more: a dossier's contents list its own parts under its
    // introduction, "Les chiffres clés" / "Trois secteurs à suivre".)
    const next = found >= 0 && ws.slice(titleAt + 1, found).filter((w) => !w.kind && isProse(w)).length >= LETTER_ITEM_TEXT_MIN ? found : -1;
    for (let i = next; next >= 0 && i < ws.length; i++) if (ws[i].shape !== "blank" && (ws[i].kind ?? ws[i].shape) !== "furniture") Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (the letter's other items, named in its contents)" });
  }
  headEnd = ws.findIndex((w) => !w.kind && isBody(w));
  // A banner's day over the page ("12 décembre 2025 – 30e anniversaire de la neutralité …") gives way to a date line of
  // its own over the headline ("18.11.2025"; a weekday first, "Mercredi 19 novembre 2025", may be the site's day; the
  // day a reading tool saved the page, "Enregistré le 6 décembre 2026 à 23:58", is not the page's).
  const ownDay = ws.some((w, i) => i < titleAt && w.metaDate && /^date line/u.test(w.reason ?? "") && !/reading device/u.test(w.reason ?? "") && !WEEKDAY_FIRST_RE.test(w.v));
  ws.forEach((w, i) => {
    const banner = (x: Work) => !/^date line/u.test(x.reason ?? "") && words(x.v.replace(x.metaDate!.evidence, "")).filter((t) => /\p{L}{2,}/u.test(t)).length >= BANNER_WORDS;
    if (ownDay && i < titleAt && w.metaDate?.weak && banner(w)) w.metaDate = undefined;
  });
  // A chapeau printed before the headline: one sentence, then a headline-shaped line, then the article's text. A
  // scraper's ` date ` header glued to the first paragraph marks the page's start as well, whatever that paragraph's
  // length, when the headline follows it on the very next line (after a blank line, such a line is a section's
  // heading).
  const glued = headEnd >= 0 && /date header/.test(ws[headEnd].cut?.reason ?? "") && headEnd + 1 < ws.length && ws[headEnd + 1].shape === "heading";
  // The site's tools and labels may stand between the chapeau and the headline ("Gratuit", "Écouter cet article"), and
  // the byline and the reading time under it; a headline found so replaces a line in capitals above the chapeau taken
  // for want of one (the masthead "LA VOIX DE BRUXELLES"; a short headline in small letters stays).
  const weakTitle = titleAt >= 0 && !long.includes(titleAt) && titleAt < headEnd && capitals(titleAt);
  if ((titleAt < 0 || weakTitle) && headEnd >= 0 && ws[headEnd].shape === "paragraph" && (glued || (ws[headEnd].v.length <= CHAPEAU_MAX_CHARS && innerSentenceBreaks(ws[headEnd].v) <= (weakTitle ? 1 : 0)))) {
    const site = (j: number) => (ws[j].kind ?? ws[j].shape) === "furniture" || (!ws[j].kind && ws[j].shape === "heading" && countWords(ws[j].v) <= 1);
    let h = nextText(ws, headEnd);
    while (weakTitle && h < ws.length && site(h)) h = nextText(ws, h);
    // A photo's credit may stand between the headline and the text.
    let after = nextText(ws, h);
    while (after < ws.length && (((ws[after].kind ?? ws[after].shape) === "furniture") || ((!ws[after].kind || ws[after].kind === "credit") && (ws[after].shape === "credit" || ws[after].shape === "caption")))) after = nextText(ws, after);
    if (h < ws.length && !ws[h].kind && ws[h].shape === "heading" && countWords(ws[h].v) >= 4 && after < ws.length && !ws[after].kind && isBody(ws[after])) {
      if (weakTitle) Object.assign(ws[titleAt], { kind: "furniture", reason: "site furniture (section label or kicker in the article's head)" });
      titleAt = h;
      ws[h].kind = "title";
    }
  }
  const photoCredit = (j: number) => (ws[j].kind === "credit" || ws[j].shape === "credit") && PHOTO_CREDIT_RE.test(ws[j].v);
  const dateLine = (j: number) => j < ws.length && /date line/.test(ws[j].reason ?? "");
  // Above the headline, a paragraph right under a photo's credit is its caption: there is no text yet.
  for (let i = 0; i + 1 < titleAt; i++) {
    const w = ws[i + 1];
    if (!w.kind && w.shape === "paragraph" && w.v.length <= CAPTION_MAX && photoCredit(i)) w.shape = "caption";
  }
  // Under the headline, a photo's credit may come before its caption, a line ending on the photo's day: "© Orbita Info
  // / Pavel Bednov" / "Vladimir Poutine et Kassym-Jomart Tokaïev à l'Akorda, à Astana, le 27 novembre 2024". And under
  // the byline, the site's name printed again at the top is the byline's: "Marie-Ève Lapointe" / "Le Courrier
  // laurentien".
  for (let i = titleAt + 1; titleAt >= 0 && i + 1 < ws.length; i++) {
    const w = ws[i + 1];
    if (w.kind || w.shape !== "heading" || !(ws[i].kind === "credit" || ws[i].shape === "credit")) continue;
    if (photoCredit(i) && w.v.length <= CAPTION_MAX && CAPTION_DAY_END_RE.test(w.v)) w.shape = "caption";
    else if (ws[i].byline && w.v.split(/\s+/u).length <= 5 && ws.slice(0, titleAt).some((x) => x.v === w.v)) w.shape = "credit";
  }
  // Right under the headline, its day, its section and its views: "12.10.2024 · Dans le monde orthodoxe · 418 vues"
  // (a sidebar's teaser elsewhere gives another page's).
  const stampUnder = titleAt >= 0 ? nextText(ws, titleAt) : ws.length;
  if (stampUnder < ws.length && !ws[stampUnder].metaDate && (ws[stampUnder].kind ?? ws[stampUnder].shape) === "furniture" && STAMP_SECTION_VIEWS_RE.test(ws[stampUnder].v)) Object.assign(ws[stampUnder], { reason: "date line (publication metadata)", metaDate: firstHeadDate(ws[stampUnder].v) });
  // A forum's thread prints its title again over each reply: "Re: Ancêtres lorrains déportés … : par où commencer ?".
  for (let i = titleAt + 1; titleAt >= 0 && i < ws.length; i++) {
    const again = REPLY_TITLE_RE.exec(ws[i].v);
    if (again && !ws[i].kind && again[1] === ws[titleAt].v) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (the thread's title over a reply)" });
  }
  // A photo's credit and its caption between the standfirst and the byline or the date line: "Photo: Ruslan Pryanikov
  // Agence France-Presse" / "Des installations de la coentreprise Inkai…" / "Jean-Philippe Ouellet" / "2 mars 2024".
  const byOrDated = (j: number) => (j < ws.length && !ws[j].kind && ws[j].shape === "heading" && isPersonName(ws[j].v)) || dateLine(j);
  for (let i = titleAt + 1, bodies = 0; titleAt >= 0 && i + 1 < ws.length; i++) {
    if (!ws[i].kind && isBody(ws[i])) bodies++;
    const w = ws[i + 1];
    // A standfirst under the photo's credit is no caption: the caption is looked for under the standfirst.
    if (bodies > 0 && !w.kind && w.shape === "paragraph" && w.v.length <= CAPTION_MAX && innerSentenceBreaks(w.v) === 0 && photoCredit(i) && byOrDated(nextText(ws, i + 1))) w.shape = "caption";
  }
  // There (after the standfirst, before the text), the author's name and their role over the date line: "Jean-Philippe
  // Ouellet" / "Correspondant à Toronto" / "2 mars 2024".
  for (const i of titleAt >= 0 ? toSecondBody(ws, titleAt + 1) : []) {
    const w = ws[i];
    if (w.kind || w.shape !== "heading" || !isPersonName(w.v)) continue;
    const n = nextText(ws, i);
    const role = n < ws.length && !ws[n].kind && ws[n].v.length <= 100 && (AFFILIATION_RE.test(ws[n].v) || BYLINE_ROLE_RE.test(ws[n].v)) && dateLine(nextText(ws, n));
    if (!role && !dateLine(n)) continue;
    Object.assign(w, { kind: "credit", byline: true });
    if (role) Object.assign(ws[n], { kind: "credit", byline: true });
  }
  // Above the post, the author's headline under their name: "Bertrand Lefèvre • 2e" / "Ancien ambassadeur de France |
  // Eurasie, Asie centrale, énergie | Enseignant associé".
  for (let i = 0; i + 1 < titleAt; i++) {
    const n = ws[i + 1];
    if (NETWORK_AUTHOR_RE.test(ws[i].v) && n.v.length <= 200 && /\s\|\s/u.test(n.v) && (n.kind === undefined || n.kind === "furniture")) Object.assign(n, { shape: "credit", kind: "credit", reason: undefined, byline: true });
  }
  // The author's affiliation right under a byline of the head: "Par Camille Oudinot" / "Doctorante en science
  // politique, Université Lyon 3, …".
  for (const i of titleAt >= 0 ? toSecondBody(ws, titleAt + 1) : []) {
    if (i + 1 >= ws.length) break;
    const w = ws[i];
    const n = ws[i + 1];
    // Not a sentence: "Chargé de piloter la présidence…, le ministre … a reçu…" opens the text.
    if (w.byline && !n.kind && (n.shape === "paragraph" || n.shape === "heading") && n.v.length <= 160 && !/[.!?…]$/u.test(n.v) && (AFFILIATION_RE.test(n.v) || BYLINE_ROLE_RE.test(n.v))) Object.assign(n, { kind: "credit", byline: true });
  }
  // Right over the text and under the date line or the byline, a site's label printed again ("Asie" over the headline,
  // and under the date line over the text); the site's name over the byline ("Ouest-France" / "Yann LE GALL.") is the
  // byline's, the same word as an intertitle of the text ("Kazakhstan" in a roundup) the text's.
  const labels = new Set(ws.slice(0, Math.max(titleAt, 0)).filter((w) => /section label or kicker/.test(w.reason ?? "")).map((w) => w.v));
  for (const i of titleAt >= 0 && labels.size > 0 ? toSecondBody(ws, titleAt + 1) : []) {
    const w = ws[i];
    const n = nextText(ws, i);
    const p = prevText(ws, i);
    const underMeta = p >= 0 && (/date line/.test(ws[p].reason ?? "") || ws[p].byline === true);
    const short = (x: Work) => !x.kind && x.shape === "heading" && countWords(x.v) <= 3;
    // One of a series of short intertitles ("Kazakhstan", then "Kirghizstan"…) is the text's.
    if (short(w) && labels.has(w.v) && underMeta && n < ws.length && !ws[n].kind && isBody(ws[n]) && countWords(ws[n].v) >= 6 && !ws.slice(n).some(short)) Object.assign(w, { kind: "furniture", reason: "site furniture (a label of the page's head repeated)" });
  }
  // The day over the site's menu, "Lundi 2 juin 2025", is the day the page was copied when a date line stands under the
  // headline ("31 mai 2025"): the one under the headline dates the article. (The page is copied after it was published:
  // the day over the menu is the later one, and says nothing of publishing.)
  const dayUnder = titleAt >= 0 ? ws.slice(titleAt + 1, titleAt + PUBLISHED_UNDER_LINES).find((w) => w.metaDate && !w.metaDate.weak && /date line/.test(w.reason ?? "")) : undefined;
  for (let i = 0; dayUnder && i < titleAt; i++) {
    const d = ws[i].metaDate;
    if (d && /date line/.test(ws[i].reason ?? "") && WEEKDAY_FIRST_RE.test(ws[i].v) && !PUBLICATION_WORD_RE.test(ws[i].v) && d.date > dayUnder.metaDate!.date) ws[i].metaDate = { ...d, weak: true };
    // So is the day a page was forwarded, in its e-mail's header, when the page's own day stands under its headline.
    if (d && ws[i].email && PUBLICATION_WORD_RE.test(dayUnder.v) && d.date > dayUnder.metaDate!.date) ws[i].metaDate = { ...d, weak: true };
  }
  // A stamp of the last update alone, "Mis à jour le 10/10/2025", is no publication's day when the release's own dated
  // line stands under it: "Carcassonne, le 9 octobre 2025".
  if (titleAt >= 0) {
    const near = ws.slice(titleAt + 1, titleAt + PUBLISHED_UNDER_LINES + 2).filter((x) => !!x.metaDate && !x.metaDate.weak && /date line/u.test(x.reason ?? ""));
    // (Not by a later day: "Paris, le vendredi 14 novembre 2025" under an update of October is the concert's.)
    const updated = near.filter((x) => UPDATE_ONLY_RE.test(x.v));
    for (const x of updated) if (near.some((y) => !UPDATE_ONLY_RE.test(y.v) && y.metaDate!.date <= x.metaDate!.date)) x.metaDate = { ...x.metaDate!, weak: true };
    // Nor when the page's stamp stands right over the headline, its time with it: "18h35, 22 décembre 2022" / the
    // headline / "Mis à jour : 09h10, 23 décembre 2022" (a site's day over its menu has no time).
    const over = prevText(ws, titleAt);
    const stampOver = over >= 0 && !!ws[over].metaDate && /date line/u.test(ws[over].reason ?? "") && STAMP_TIME_RE.test(ws[over].v) ? ws[over].metaDate! : undefined;
    // (Updated the same day or the next: a concert's day over its page, "20h00, 8 mars 2025", is no stamp of an update
    // two days later.)
    for (const x of updated) if (stampOver && stampOver.date <= x.metaDate!.date && x.metaDate!.date <= nextDay(stampOver.date)) x.metaDate = { ...x.metaDate!, weak: true };
  }
  // "il y a 3 jours" under the headline counts back from the day over the site's menu, the day the page was copied:
  // "Vendredi, 11 avril 2025" over the menu, "il y a 3 jours" under the headline: 8 April 2025.
  // (Or as an item of the byline's line, "Par Priya Ramdhony | Il y a 1 jour | 3 min de lecture", under the site's day
  // and its weather.)
  const agoOf = (w: Work) => (/publication time/u.test(w.reason ?? "") ? DAYS_AGO_RE.exec(w.v) : w.byline || /meta line|metadata/u.test(w.reason ?? "") ? DAYS_AGO_ITEM_RE.exec(w.v) : null);
  const agoAt = titleAt >= 0 ? ws.findIndex((w, i) => i > titleAt && i <= titleAt + 6 && agoOf(w)) : -1;
  // (Over the menu or the section's label: right over the headline, a weekday's date is an event's.)
  const copiedAt = agoAt >= 0 ? ws.findIndex((w, i) => i < titleAt && !!w.metaDate && w.metaDate.date.length === 10 && /date line|the day's rates and weather/u.test(w.reason ?? "") && WEEKDAY_FIRST_RE.test(w.v) && !PUBLICATION_WORD_RE.test(w.v) && ws.slice(i + 1, titleAt).some((x) => /navigation|menu|breadcrumb|section label/u.test(x.reason ?? ""))) : -1;
  if (copiedAt >= 0) {
    const day = new Date(`${ws[copiedAt].metaDate!.date}T00:00:00Z`);
    const stamp = agoOf(ws[agoAt])!;
    day.setUTCDate(day.getUTCDate() - Number(stamp[1]));
    ws[agoAt].metaDate = headDate({ date: day.toISOString().slice(0, 10), evidence: `${stamp[0].replace(/^\s[|·•]\s/u, "")} (${ws[copiedAt].v})` });
    ws[copiedAt].metaDate = { ...ws[copiedAt].metaDate!, weak: true };
  }
  // Right under the headline, a council's rapporteur is its byline, a case's reference the release's metadata.
  const underTitle = titleAt >= 0 ? nextText(ws, titleAt) : ws.length;
  if (underTitle < ws.length && !ws[underTitle].kind && RAPPORTEUR_RE.test(ws[underTitle].v)) Object.assign(ws[underTitle], { shape: "credit", kind: "credit", byline: true });
  else if (underTitle < ws.length && !ws[underTitle].kind && CASE_REFERENCE_RE.test(ws[underTitle].v)) Object.assign(ws[underTitle], { shape: "furniture", kind: "furniture", reason: "site furniture (the case's reference)" });
  // The author's e-mail address right under the byline is the byline's: "Simon Arsenault" / "simon.arsenault@….ca".
  for (let i = 1; i < ws.length; i++) {
    if (ws[i - 1].byline && (ws[i].kind ?? ws[i].shape) === "furniture" && /e-mail address/.test(ws[i].reason ?? "")) Object.assign(ws[i], { shape: "credit", kind: "credit", byline: true, reason: undefined });
  }
  // Slides' running footer, the same words and year with each slide's number: "Routes de l'Eurasie — Lyon, 15 mai 2025
  // | 2" / … / "Routes de l'Eurasie — Lyon, 15 mai 2025 | 3" (once, such a line is the text's; "Table ronde | 1" / …
  // numbers a programme's parts). With it, each slide's "Diapositive 3" and "Notes de l'orateur :" (on a blog, its
  // intertitles).
  const footers = new Map<string, { lines: number[]; numbers: Set<string> }>();
  ws.forEach((w, i) => {
    // (Tried only on a line with a bar, short enough to match, 126 characters at most: the pattern would try the first
    // characters of every paragraph.)
    const m = w.kind || w.v.length > 126 || !w.v.includes("|") ? null : NUMBERED_FOOTER_RE.exec(w.v);
    if (!m || !/(?<!\d)(?:19|20)\d{2}(?!\d)/u.test(m[1]) || countWords(m[1]) < 4) return;
    const footer = footers.get(m[1]) ?? { lines: [], numbers: new Set<string>() };
    footer.lines.push(i);
    footer.numbers.add(m[2]);
    footers.set(m[1], footer);
  });
  let slides = false;
  for (const { lines, numbers } of footers.values()) {
    if (lines.length < 3 || numbers.size !== lines.length) continue;
    slides = true;
    for (const i of lines) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (running header or page number of a printed page)" });
  }
  if (slides) for (const w of ws) if (!w.kind && SLIDE_MARK_RE.test(w.v)) Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (the slide's number or label)" });
  // A printed document's running header, copied again at each page's top amid the text: "HÉLIONIS ÉNERGIES – RAPPORT
  // ANNUEL 2024" / "2 | NOS MARCHÉS", over the headline as the section's labels and again further down.
  // (Beside another such label or a page's footer: an intertitle may repeat a section's label, "Diplomatie".)
  const headLabels = new Set(ws.flatMap((w, i) => (i < titleAt && w.kind === "furniture" && /section label or kicker/u.test(w.reason ?? "") ? [w.v] : [])));
  const repeatsHead = (j: number) => j >= 0 && j < ws.length && !ws[j].kind && ws[j].shape === "heading" && headLabels.has(ws[j].v);
  const pageEdge = (j: number) => repeatsHead(j) || (j >= 0 && j < ws.length && ws[j].kind === "furniture" && /running header|page number|meta line/u.test(ws[j].reason ?? ""));
  const runningHeads = headLabels.size === 0 ? [] : ws.flatMap((_, i) => (i > titleAt && titleAt >= 0 && repeatsHead(i) && (pageEdge(prevText(ws, i)) || pageEdge(nextText(ws, i))) ? [i] : []));
  for (const i of runningHeads) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (running header or page number of a printed page)" });
  // A review of the foreign press closes a translated article on its box about the outlet: "SOURCE" / "Dala Times" /
  // "Almaty, Kazakhstan" / "dalatimes.kz" / "Fondé en 2016, ce site d’information indépendant …" (its address in it).
  for (let i = titleAt + 1; titleAt >= 0 && i < ws.length; i++) {
    if (ws[i].v !== "SOURCE" || !ws.slice(titleAt, i).some(isProse)) continue;
    let end = i + 1;
    while (end < ws.length && end - i <= SOURCE_BOX_MAX_LINES && ws[end].shape !== "blank") end++;
    if (!ws.slice(i + 1, end).some((w) => /web address/u.test(w.reason ?? "") || BARE_DOMAIN_RE.test(w.v))) continue;
    // (The outlet is named above it, as the text's source: "Dala Times (Almaty)" under the standfirst. A guide's
    // "SOURCE" over the office its figures come from credits them.)
    const outlet = nextText(ws, i);
    if (outlet >= end || !ws.slice(titleAt, i).some((w) => w.kind !== "furniture" && w.v.includes(ws[outlet].v))) continue;
    for (let j = i; j < end; j++) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (the box about the outlet the text is translated from)" });
  }
  // The lede: the first body line when it is a paragraph (a datelined paragraph too).
  // A table's rows are not a lede: the lede is looked for after them.
  // A photo's caption or credit printed above the text is not its lede: the lede is the paragraph after it.
  const ledeAt = ws.findIndex((w) => !w.kind && !isRow(w) && (isBody(w) || w.shape === "heading"));
  if (ledeAt >= 0 && ws[ledeAt].shape === "paragraph") ws[ledeAt].kind = "lede";
  // "Résumé" over the first paragraph labels the standfirst: the paragraph is the lede, shown as such, and the label
  // goes.
  else if (ledeAt >= 0 && STANDFIRST_LABEL_RE.test(ws[ledeAt].v)) {
    const n = nextText(ws, ledeAt);
    if (n < ws.length && !ws[n].kind && ws[n].shape === "paragraph") {
      Object.assign(ws[ledeAt], { kind: "furniture", reason: "label of the standfirst (shown as the standfirst)" });
      ws[n].kind = "lede";
    }
  }
  // A dateline opening one of the first paragraphs dates the story: "ALMATY, 4 mars 2024 (agence) –".
  for (let i = 0, seen = 0; i < ws.length && seen < 2; i++) {
    const w = ws[i];
    if (w.kind && w.kind !== "lede") continue;
    if (!isBody(w)) continue;
    seen++;
    const d = readDateline(w.v);
    if (d) w.metaDate = headDate({ date: d.mention.date, evidence: d.text });
  }

  // A paywall notice after the text has begun ends the text the page gave: what follows is the site's, not the
  // article's. (But for its sources, from their label to the site's next line, when a reference with its year or its
  // address follows: a podcast's page cuts the transcript, then gives the episode's readings and credits, "La suite de
  // la transcription est réservée aux membres …" / "Pour aller plus loin" / "Aïgerim …, « … », Revue …, 2024." / …; a
  // news site's "Pour aller plus loin" over its own headlines is its teasers.)
  const paywall = ws.findIndex((w, i) => i > headEnd && headEnd >= 0 && /paywall notice/.test(w.reason ?? "") && PAYWALL_CUT_RE.test(w.v));
  if (paywall >= 0) {
    for (let j = paywall + 1; j < ws.length; j++) {
      const t = ws[j];
      const first = nextText(ws, j);
      if (t.kind !== "furniture" && BIBLIOGRAPHY_MARKER_RE.test(t.v) && first < ws.length && /\b(?:19|20)\d{2}\b|https?:\/\//u.test(ws[first].v)) {
        // (The sources and the credits go on to the site's next line.)
        while (j + 1 < ws.length && ws[j + 1].kind !== "furniture" && ws[j + 1].shape !== "furniture") j++;
        continue;
      }
      if (t.shape === "blank" || (t.shape === "furniture" && !t.kind && !t.metaDate)) continue;
      if (t.kind === "furniture") continue;
      Object.assign(t, { kind: "furniture", reason: "site furniture (after the paywall notice: the rest of the article is not in the text)", metaDate: undefined });
    }
  }
  // The author's biography closing the text: "Claire Fontanel est journaliste indépendante…".
  for (let i = ws.length - 1; i > headEnd && headEnd >= 0; i--) {
    const w = ws[i];
    if (w.shape === "blank" || w.kind === "furniture" || (!w.kind && w.shape === "furniture")) continue;
    // Only the biography of an author the article credits: "Nikol Pachinian est un ancien journaliste…" closing a story
    // is text.
    const bio = !w.kind && w.shape === "paragraph" && w.v.length <= 600 ? AUTHOR_BIO_RE.exec(w.v) : null;
    const author = bio ? /^\S+(?:\s+(?:de |d['’]|du |le |la )?\p{Lu}[\p{L}'’-]+)*/u.exec(w.v)?.[0].replace(/,$/, "") : undefined;
    if (author && ws.some((b) => b.byline && b.v.includes(author))) {
      Object.assign(w, { kind: "furniture", reason: "site furniture (the author's biography)" });
      // And its label: "À propos de l’auteure".
      const p = prevText(ws, i);
      if (p >= 0 && !ws[p].kind && AUTHOR_ABOUT_RE.test(ws[p].v)) Object.assign(ws[p], { kind: "furniture", reason: "site furniture (the author's biography)" });
    }
    break;
  }

  // An interview's questions are its text, not its sections: on a page that says it is an interview, or three
  // headline-shaped questions or more of which one is put to someone. An explainer's questions stay its headings.
  const questions = ws.flatMap((w, i) => (i > headEnd && headEnd >= 0 && !w.kind && w.shape === "heading" && /\?\s*[»”]?$/u.test(w.v) ? [i] : []));
  const followUps = questions.filter((i) => FOLLOW_UP_RE.test(ws[i].v)).length;
  // Answers in the first person, outside quotation marks ("Nous avons toujours…"): an interviewee speaking.
  const firstPersonAnswers = questions.filter((i) => FIRST_PERSON_RE.test((ws[nextText(ws, i)]?.v ?? "").replace(/«[^»]*»/gu, ""))).length;
  // The expert who answers, named with their trade over the first question, in the standfirst or by the headline:
  // "…, le politologue Nurlan Baïmagambetov, de l'université Narxoz d'Almaty, décrypte la stratégie …", "Gulnara
  // Dossova, professeure de science politique à l'université Narxoz".
  const expertSpeaks = questions.length > 0 && ws.slice(0, questions[0]).some((w) => (w.kind ?? w.shape) !== "furniture" && EXPERT_NAMED_RE.test(w.v));
  // A headline giving someone's words: "Aïdar Amrebaïev : « Astana ne veut pas choisir entre Moscou et Pékin »".
  const speakerTitle = titleAt >= 0 && /^[^:«»]{3,60}\s:\s«/u.test(ws[titleAt].v);
  const interview =
    questions.length > 0 &&
    ((questions.length >= INTERVIEW_MIN_QUESTIONS && ((followUps >= 2 && (firstPersonAnswers >= 1 || expertSpeaks)) || (followUps === 1 && (firstPersonAnswers * 2 >= questions.length || speakerTitle)) || questions.some((i) => ASKED_RE.test(ws[i].v) || SPEAKER_RE.test(ws[i].v) || (OUTLET_SPEAKER_RE.test(ws[i].v) && SPEAKER_RE.test(ws[nextText(ws, i)]?.v ?? ""))))) || ws.some((w, i) => INTERVIEW_LABEL_RE.test(w.v) || (i < headEnd && INTERVIEW_HEAD_LABEL_RE.test(w.v))));
  if (interview) for (const i of questions) ws[i].shape = "paragraph";

  // A fact box closing the text, its label over short lines: "Ce qu’il faut savoir" / "Malvési : site Orano de
  // conversion de l’uranium, créé en 1959" / "Environ 250 salariés" / … (the text's, not the site's). So are "REPÈRES" /
  // "Superficie : 2,7 millions de km², …" and "Orbis Fret en chiffres" / "5 400 salariés dans 14 pays".
  for (let i = Math.max(bodyFrom, 0) + 1; i < ws.length && bodyFrom >= 0; i++) {
    // (A figures box right under the text's prose or a list of it; after the site's links, "Articles récents" / … /
    // "L'association en chiffres", it is the site's.)
    const underText = () => {
      const p = prevText(ws, i);
      return p >= 0 && (isProse(ws[p]) || ws[p].shape === "list-item");
    };
    if (ws[i].kind || ws[i].shape !== "heading" || !(KEY_POINTS_RE.test(ws[i].v) || (FACT_BOX_RE.test(ws[i].v) && underText())) || /^en bref/iu.test(ws[i].v)) continue;
    let end = i + 1;
    // Each line a fact, a figure or a label's value: "Environ 250 salariés", "Malvési : site Orano …" (under the text,
    // the site's box of links or its letter's pitch is the site's).
    // (Not the box's source under it: "Sources : Kazatomprom, World Nuclear Association".)
    while (end < ws.length && ws[end].shape !== "blank" && !ws[end].kind && ws[end].shape !== "furniture" && ws[end].v.length <= KEY_POINT_MAX && !endsSentence(ws[end].v) && /\d|\s:\s/u.test(ws[end].v) && !BOX_SOURCE_RE.test(ws[end].v)) end++;
    // (It ends at a blank line, at its source, or right under its last item at the text going on, a sentence or an
    // intertitle over prose, its items short and none in brackets: over the site's buttons, "Adhérer   Faire un don",
    // it is the site's box.)
    const closed = end >= ws.length || ws[end].shape === "blank" || BOX_SOURCE_RE.test(ws[end].v) || (!ws[end].kind && (endsSentence(ws[end].v) || (ws[end].shape === "heading" && ws[nextText(ws, end)]?.shape === "paragraph" && endsSentence(ws[nextText(ws, end)].v))) && ws.slice(i + 1, end).every((w) => w.v.length <= LIST_BOX_ITEM_MAX && !/^\(/u.test(w.v)));
    if (end - i - 1 < 2 || !closed) continue;
    ws[i].kind = "heading";
    for (let j = i + 1; j < end; j++) Object.assign(ws[j], { shape: "list-item", kind: "list-item" });
  }

  // A book's card closing its review, its lines together: "La Steppe à rebours" / "Aïgerim Nourlanova" / "Traduit du
  // russe par …" / "Éditions des Confins" / "312 pages" / "22 €" / "Parution : 6 février 2025": the review's reference
  // (its day is the book's). Two of its fields at least, its pages or its price among them, after the text's prose.
  for (let i = Math.max(bodyFrom, 0) + 1; i < ws.length && bodyFrom >= 0; i++) {
    if (ws[i].shape === "blank" || ws[i - 1].shape !== "blank") continue;
    const above = prevText(ws, i);
    if (above < 0 || !isProse(ws[above])) continue;
    let end = i;
    while (end < ws.length && ws[end].shape !== "blank" && ws[end].v.length <= BOOK_CARD_LINE_MAX && !isProse(ws[end]) && ws[end].kind !== "furniture") end++;
    const kinds = new Set(ws.slice(i, end).map((w) => BOOK_FIELDS.findIndex((re) => re.test(w.v))).filter((k) => k >= 0));
    if (end - i < BOOK_CARD_MIN || kinds.size < 2 || !BOOK_OWN_FIELDS.some((k) => kinds.has(k)) || (end < ws.length && ws[end].shape !== "blank")) continue;
    for (let j = i; j < end; j++) Object.assign(ws[j], { kind: "bibliography", reason: undefined, metaDate: undefined });
    i = end;
  }

  // Tail: headline-shaped lines after the article's last text are the site's furniture (nothing follows them).
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i];
    if (w.shape === "blank" || w.kind === "furniture" || (!w.kind && w.shape === "furniture")) continue;
    // "© Nations Unies" closing the page, after the site's furniture: the site's copyright, not a photo's credit.
    if (!w.kind && w.shape === "credit" && !w.byline && /^(?:©|\(c\)|copyright)/iu.test(w.v)) {
      const p = prevText(ws, i);
      // As the page's last line, closing a footer: lines without a blank between, one of them furniture ("Mentions
      // légales" / "Charte de déontologie" / "© Mediapart"). A photo's credit ("© ONU / Loey Felipe") names its
      // photographer after a bar; a caption and a signature stand apart.
      let top = i;
      while (top > 0 && ws[top - 1].shape !== "blank") top--;
      const footer = nextText(ws, i) >= ws.length && !w.v.includes("/") && i - top >= 2 && ws.slice(top, i).some((x) => (x.kind ?? x.shape) === "furniture");
      if (p >= 0 && (ws[p].kind === "furniture" || (!ws[p].kind && ws[p].shape === "furniture") || footer)) {
        Object.assign(w, { kind: "furniture", reason: "site furniture (copyright footer)" });
        continue;
      }
    }
    if (w.kind && w.kind !== "heading") break;
    if (w.kind === "heading" && i === bibStart) break;
    // The health warning French law puts under any word on alcohol, under the text: "L'abus d'alcool est dangereux pour
    // la santé, à consommer avec modération." (in the text, an article on labelling laws may quote it).
    if (!w.kind && HEALTH_WARNING_RE.test(w.v)) {
      Object.assign(w, { kind: "furniture", reason: "legal notice (the health warning on alcohol)" });
      continue;
    }
    // The author's initials signing the text, as West African and regional sites sign: "A. N'G.", "J.-P. M."; an
    // agency's desks', in brackets: "(mi/jp)", or behind its name: "BALTINFO/af/ks".
    // The reporters' names apart by a slash sign alone under prose ("A. Bublik / A. Nedovyesov" over another pair lists
    // them).
    const reporters = INITIALLED_REPORTERS_RE.test(w.v) && prevText(ws, i) >= 0 && isProse(ws[prevText(ws, i)]);
    // So does the department that wrote it, alone under the last paragraph: "Par le service communication" (in the
    // text, "Par la direction de la communication" may answer a question).
    // A broadcaster's credits, one under another, right under the text: "Sujet radio: Claire Dufaux" / "Adaptation web:
    // jfe" (in a list of prize winners, "Sujet radio : Aïgerim Tokhtarova" names one).
    const broadcast = (j: number) => j >= 0 && BROADCAST_CREDIT_RE.test(ws[j].v);
    const lastSentence = (j: number) => j >= 0 && ws[j].shape === "paragraph" && endsSentence(ws[j].v);
    let top = i;
    while (broadcast(prevText(ws, top))) top = prevText(ws, top);
    if (!w.kind && broadcast(i) && lastSentence(prevText(ws, top)) && !broadcast(nextText(ws, i)) && i > titleAt) {
      for (let j = top; j <= i; j = nextText(ws, j)) Object.assign(ws[j], { shape: "credit", kind: "credit" });
      break;
    }
    const service = SERVICE_BYLINE_RE.test(w.v) && lastSentence(prevText(ws, i)) && !/\?$/u.test(ws[prevText(ws, i)].v);
    // (Acronyms behind slashes, "OTSC/OCS/CEI", are the page's tags.)
    // (Three desks' initials alone only right under the last paragraph: under the share bar, "BEI/AFD/KTZ" are tags.)
    const desks = DESKS_INITIALS_RE.test(w.v) && prevText(ws, i) >= 0 && isProse(ws[prevText(ws, i)]);
    // (An agency's reporter, an initial glued to the name, right under the last paragraph: "B.Khulan", "Sh.Ganbaatar";
    // in a squad's list, "M.Enkhtaivan" names a player.)
    const glued = INITIAL_AND_NAME_RE.test(w.v) && prevText(ws, i) >= 0 && isProse(ws[prevText(ws, i)]);
    const initials = (INITIALS_SIGNATURE_RE.test(w.v) || desks || glued) && !w.v.split("/").some((p) => findTag(p));
    if (!w.kind && i > titleAt && (initials || reporters || service)) {
      Object.assign(w, { shape: "credit", kind: "credit", byline: true });
      break;
    }
    // A document attached to the page, its format and size after its title: "Fiche d’information : relations
    // bilatérales (PDF, 184 kB)", a reference, in a run of them under their label ("Documents"), which heads them.
    if (!w.kind && i > titleAt && isAttachment(ws, i)) {
      w.kind = "bibliography";
      continue;
    }
    if (!w.kind && w.shape === "heading" && i > titleAt && ws[nextText(ws, i)]?.kind === "bibliography" && ATTACHMENTS_LABEL_RE.test(w.v)) {
      w.kind = "heading";
      continue;
    }
    // The agency's name after two dashes, alone under the last paragraph: "-- WARTA" (a list set with dashes, "-- ONU"
    // / "-- OSCE" / …, names organisations).
    const dashed = (j: number) => j >= 0 && j < ws.length && DASHED_AGENCY_RE.test(ws[j].v);
    if (!w.kind && dashed(i) && !dashed(prevText(ws, i)) && !dashed(nextText(ws, i)) && prevText(ws, i) > titleAt && ws[prevText(ws, i)].shape === "paragraph") {
      Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (the desk's initials signing the dispatch)" });
      continue;
    }
    if (w.shape !== "heading" || i <= titleAt) break;
    // The text's last sentence, the agency's name in brackets after its stop: "Nourtleou doit être reçu mercredi …
    // avant de se rendre à Jakarta. (KNA)". (Right under the text: a feed's dispatches, a gallery's captions, each
    // closed so, stand under their label.)
    if (!w.kind && AGENCY_CLOSED_RE.test(w.v) && countWords(w.v) >= CUT_PARAGRAPH_WORDS && prevText(ws, i) >= 0 && isProse(ws[prevText(ws, i)])) {
      w.shape = "paragraph";
      break;
    }
    if (!w.kind && /!$/u.test(w.v) && countWords(w.v) >= 3 && !SIGN_OFF_RE.test(w.v)) {
      w.shape = "paragraph";
      break;
    }
    // A paragraph cut by the paywall mid-sentence: "… des élus de la Collectivité territoriale de Guyane, intéressés
    // par" / "Cet article est réservé aux abonnés.".
    if (!w.kind && countWords(w.v) >= CUT_PARAGRAPH_WORDS && endsOnLittleWord(w.v) && /paywall/.test(ws[nextText(ws, i)]?.reason ?? "")) {
      w.shape = "paragraph";
      break;
    }
    // A critic's verdict closing the review: "Notre avis : ★★★★☆".
    if (!w.kind && CRITIC_VERDICT_RE.test(w.v)) {
      w.shape = "paragraph";
      break;
    }
    // A match's score closing its report, right under its last paragraph: "FRANCE 4 – 2 KAZAKHSTAN (1-0, 2-1, 1-1)"
    // (under other scores, a box of the evening's results).
    if (!w.kind && MATCH_SCORE_RE.test(w.v) && prevText(ws, i) >= 0 && isProse(ws[prevText(ws, i)])) {
      w.shape = "paragraph";
      break;
    }
    // The editor answering for the page, right under the text's last paragraph: "Rédacteur responsable : Zhou Min" (in
    // the footer's staff box, the site's).
    if (!w.kind && EDITOR_IN_CHARGE_RE.test(w.v) && lastSentence(prevText(ws, i))) {
      Object.assign(w, { shape: "credit", kind: "credit", byline: true });
      break;
    }
    // An agency's or a press service's name right under the text's last paragraph: "AMI", "DCRP/Présidence du Faso".
    // (An organisation's acronym alone there, "OCS", is a topic's tag.)
    if (!w.kind && SOURCE_SIGN_OFF_RE.test(w.v) && !findTag(w.v) && prevText(ws, i) >= 0 && isProse(ws[prevText(ws, i)])) {
      Object.assign(w, { shape: "credit", kind: "credit" });
      break;
    }
    // "Avec les informations de Julien Côté": a colleague credited for the facts, as a broadcaster signs.
    // (A byline in brackets: "(Rédacteur : Li Wen)".)
    if (!w.kind && (INFORMATION_CREDIT_RE.test(w.v) || AUTHORS_AND_CREDIT_RE.test(w.v) || SIGNED_UNDER_TEXT_RE.test(w.v) || (/^\([^()]{5,80}\)$/u.test(w.v) && isByline(w.v.slice(1, -1))))) {
      w.kind = "credit";
      continue;
    }
    // "Avec Julien Moreno": a colleague who wrote it too (one named in the vocabulary is a subject: "Avec Vladimir
    // Poutine"). "Initiative de journalisme local – L’Horizon du Nord": the Canadian programme paying the reporter.
    if (!w.kind && ((/^Avec\s/u.test(w.v) && isPersonName(w.v.slice(5)) && !findTag(w.v.slice(5))) || LOCAL_JOURNALISM_RE.test(w.v))) {
      w.kind = "credit";
      continue;
    }
    // "Hélène Darrieux, députée européenne, membre de la délégation…": the author signs, with a role; readers keep it.
    // So do a note's authors as its contacts: "Contacts : Sophie Leclerc, associée, fiscalité internationale – Karim
    // Benali, manager, mobilité internationale".
    if (isSignatory(w.v) || CONTACT_AUTHORS_RE.test(w.v)) {
      w.kind = "credit";
      continue;
    }
    // The author's name alone, signing the text, is credited like a byline, unless a byline credits them already.
    // "Le Courrier de Paris" closing the page is the site's name, not a signature.
    // Under other short lines (a tag list: "Géopolitique" / "Vladimir Poutine"), a name is a tag, not a signature.
    let above = i - 1;
    while (above >= 0 && ws[above].shape === "blank") above--;
    // An exclamation closing a speech ("Vive l'amitié franco-kazakhe !") is the text's last line.
    const exclamation = (x: Work) => /!$/u.test(x.v) && countWords(x.v) >= 3 && !SIGN_OFF_RE.test(x.v);
    const underText = above < 0 || ws[above].shape !== "heading" || !!ws[above].kind || isSignatory(ws[above].v) || exclamation(ws[above]);
    // "Marc Delaunay (Astana, envoyé spécial)": the name, with where and how the author wrote.
    // "Marie Lenoir, à Astana": with where from.
    // "La rédaction" alone: the newsroom signs, when nobody else does (over the staff's names, it heads their box).
    const newsroom = NEWSROOM_SIGNATURE_RE.test(w.v) && (i + 1 >= ws.length || ws[i + 1].shape === "blank") && !ws.some((b) => b.byline);
    if ((isPersonName(w.v.replace(/\s*\([^()]{1,50}\)$/u, "").replace(/,\s+(?:à|depuis)\s+\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}$/u, "")) || newsroom) && underText) {
      const credited = ws.some((b, j) => j < i && b.byline && b.v.includes(w.v));
      // (The site's name, removed as such among the page's first lines, is printed again by its player or its footer,
      // under the site's lines: "S'abonner au podcast" / "Onde Publique". Under the text, a blog's owner signs.)
      const site = (ws[above]?.kind ?? ws[above]?.shape) === "furniture" && ws.some((b, j) => j < i && b.src.line <= SITE_NAME_LAST_LINE && b.v === w.v && (b.kind ?? b.shape) === "furniture");
      if (credited) Object.assign(w, { kind: "furniture", reason: "signature (the author, credited in the byline)" });
      else if (site) Object.assign(w, { kind: "furniture", reason: "site furniture (the site's name)" });
      else Object.assign(w, { kind: "credit", byline: true });
    }
    // Names each with a day, one under another, are the text's list of interviews, and so is a last one under them:
    // "Nurlan Ermekov, jeudi 25 septembre 2025" / "Un diplomate européen, sous couvert d'anonymat, mardi 23 septembre
    // 2025".
    else if ([w, ws[prevText(ws, i)]].some((x) => x?.listedDay && NAME_THEN_DAY_RE.test(x.v))) break;
    // Over a release's end mark, "###", the lines are the release's: "Tessera en chiffres" / "2021 : création à Paris" /
    // … / "###".
    else if (RELEASE_END_RE.test(ws[nextText(ws, i)]?.v ?? "")) break;
    else {
      // A review's or a guide's practical box under its label closes the text: "Infos pratiques" / "Dastarkhan, 48 rue
      // Saint-Maur, 75011 Paris" / "Ouvert du mardi au samedi, de 12 h à 14 h 30 …" / "Formule déjeuner : 19 € …".
      const label = w.kind ? -1 : practicalBox(ws, i);
      if (label >= 0) {
        ws[label].shape = "heading";
        for (let j = nextText(ws, label); j <= i; j = nextText(ws, j)) ws[j].shape = "paragraph";
        break;
      }
      // So is a list under its label: "Setlist" / "Adaï (Kurmangazy)" / "Saryarqa (Kurmangazy)" / ….
      const list = w.kind ? -1 : listBox(ws, i);
      if (list >= 0) {
        ws[list].shape = "heading";
        // (A film's credits among them, "Réalisation : …", stay credits.)
        for (let j = nextText(ws, list); j <= i; j = nextText(ws, j)) if (ws[j].shape !== "credit") ws[j].shape = "list-item";
        break;
      }
      // And an event's practical lines without a label, their days and hours among them: "« Après la Zone », Aïgerim
      // Nurlanqyzy" / "Pavillon des Douanes, Paris 12e" / "Du 6 février au 27 avril 2025, du mercredi au dimanche, de
      // 11 h à 19 h" / "Entrée libre".
      const event = w.kind ? -1 : eventLines(ws, i);
      if (event >= 0) {
        // (Their days announce the event, as a programme's do: they do not date the page.)
        for (let j = event; j <= i; j = nextText(ws, j)) Object.assign(ws[j], { shape: "list-item", ...(EVENT_SPAN_HOURS_RE.test(ws[j].v) ? { entryDay: true } : {}) });
        break;
      }
      // Places each with their day, under the paragraph announcing them, are its list: "… part en tournée en Europe au
      // printemps, avec quatre dates :" / "Berlin, 14 avril" / "Prague, 16 avril" / ….
      if (!w.kind && PLACE_DAY_ITEM_RE.test(w.v) && announcedDays(ws, i)) {
        for (let j = i; j >= 0 && PLACE_DAY_ITEM_RE.test(ws[j].v); j = prevText(ws, j)) ws[j].shape = "list-item";
        break;
      }
      Object.assign(w, { kind: "furniture", reason: "site furniture (short line after the end of the article)" });
    }
  }
  // "NOS PARTENAIRES" or "Avec le soutien de" with only the site's lines after it: the label of its sponsors' box (over
  // a paragraph, a release's part).
  ws.forEach((w, i) => {
    if (PARTNERS_LABEL_RE.test(w.v) && (w.kind ?? w.shape) !== "furniture" && w.kind !== "title" && ws.slice(i + 1).every((x) => x.shape === "blank" || (x.kind ?? x.shape) === "furniture")) Object.assign(w, { shape: "furniture", kind: "furniture", byline: false, reason: "site furniture (the site's partners)" });
  });

  // The author's box closing the text: the name the byline gives, their affiliation under it ("Thomas Leclerc" /
  // "Journaliste au service Entreprises, spécialiste de l'énergie." / "Voir tous ses articles"), or over the text's
  // other credits ("Aïgerim Seitkali" / "Journaliste pour Caravanes à Astana" / "Traduit du russe par Louise Martel").
  let creditsUnder = false;
  for (let i = ws.length - 1; i > 0 && headEnd >= 0; i--) {
    const w = ws[i];
    if (w.shape === "blank" || w.kind === "furniture" || (!w.kind && w.shape === "furniture")) continue;
    if ((w.kind ?? w.shape) === "credit" && (TEXT_CREDIT_RE.test(w.v) || EDITED_BY_RE.test(w.v))) {
      creditsUnder = true;
      continue;
    }
    // (Over those, with their biography opening on their name: "Jonas Becker" / "Rédacteur pour Novastan Deutschland" /
    // "Jonas Becker est géographe et doctorant …". Only a journalist's role for a publication: over a translator's
    // credit, a portrait's "Directeur de l'Institut …" names its subject.)
    const bio = creditsUnder && !w.kind && w.shape === "paragraph" && w.v.length <= BIO_MAX && i >= 2 && ws[i - 1].shape === "heading" && w.v.startsWith(`${ws[i - 2].v} `);
    const at = bio ? i - 1 : i;
    const role = ws[at];
    const name = ws[at - 1];
    const credited = () => ws.some((b, j) => j < at - 1 && b.byline && b.v.includes(name.v));
    if (!role.kind && (role.shape === "paragraph" || (creditsUnder && role.shape === "heading")) && role.v.length <= 200 && AFFILIATION_RE.test(role.v) && !name.kind && name.shape === "heading" && isPersonName(name.v) && ((creditsUnder && JOURNALIST_ROLE_RE.test(role.v)) || credited())) {
      Object.assign(name, { kind: "credit", byline: true });
      Object.assign(role, { kind: "credit", byline: true });
      if (bio) w.kind = "credit";
    }
    break;
  }

  // Headline-shaped lines stacked one under the other, three or more, after the article's last long paragraph and with
  // no sentence after them, under the site's lines: a list of the site's tags ("Maroc" / "Kazakhstan" / "Nasser
  // Bourita" / "Diplomatie"), up to four words each.
  let lastLong = -1;
  for (let i = ws.length - 1; i > headEnd && headEnd >= 0; i--) {
    if (!ws[i].kind && isProse(ws[i]) && ws[i].v.length >= LONG_PARAGRAPH) {
      lastLong = i;
      break;
    }
  }
  if (lastLong >= 0) {
    for (let i = lastLong + 1; i < ws.length; i++) {
      if (ws[i].shape === "blank") continue;
      let end = i;
      while (end < ws.length && ws[end].shape !== "blank") end++;
      const stacked = ws.slice(i, end).filter((w) => !w.kind && w.shape === "heading");
      const p = prevText(ws, i);
      // Figures stacked are a box of key figures; a sentence after them, the text going on. Under the text itself, a
      // list of names, places or lines of a poem is the article's: tags stand under the site's lines (a byline, a date
      // line, a share bar, a quote box).
      const resumes = ws.slice(end).some((w) => !w.kind && isProse(w) && endsSentence(w.v) && countWords(w.v) >= 8);
      const underSite = p >= 0 && (ws[p].kind === "furniture" || (!ws[p].kind && ws[p].shape === "furniture") || ws[p].byline);
      if (stacked.length >= 3 && underSite && stacked.every((w) => !/\d/u.test(w.v) && w.v.split(/\s+/u).length <= 4) && !resumes) {
        for (const w of stacked) Object.assign(w, { kind: "furniture", reason: "site furniture (a list of the site's tags or links after the text)" });
      }
      i = end - 1;
    }
  }

  // A signature under a part of the text, not at its end: the signer's name over their office, on the next line, under
  // a paragraph and over a rule ("Aïnour Bekmoukhanova" / "Ambassadeur de la République du Kazakhstan en France",
  // closing a letter's editorial).
  for (let i = 0; i + 1 < ws.length; i++) {
    const w = ws[i];
    const office = ws[i + 1];
    if (w.kind || w.shape !== "heading" || !isPersonName(w.v) || office.kind || office.shape === "blank" || !SIGNATORY_RE.test(office.v)) continue;
    const p = prevText(ws, i);
    if (p < 0 || !isBody(ws[p]) || (ws[p].kind && ws[p].kind !== "lede")) continue;
    // A signature closes its part: a rule or the page's end follows, not a paragraph on the person (a portrait's
    // heading) or the next name of a list.
    const n = nextText(ws, i + 1);
    if (n < ws.length && (ws[n].kind ?? ws[n].shape) !== "furniture") continue;
    w.kind = "credit";
    office.kind = "credit";
  }

  // An issuer's description closing its release, under "À propos de Marenord Lines" ("Fondé en 1962 à Marseille,
  // Marenord Lines est un armateur …"), is the issuer's standing text, not the news, when the release's press contacts
  // follow it (a joint release sets the issuers' boxes one under another). An article's box on the company it is about,
  // a blog's on a forum, a town's on its twin city stay; an author's box, "À propos de l'auteur", is read elsewhere.
  const issuerBox = (i: number): number[] => {
    if (ws[i].kind || ws[i].shape !== "heading" || !ABOUT_LABEL_RE.test(ws[i].v) || /aut(?:eur|rice|eure)/iu.test(ws[i].v)) return [];
    const box = [i];
    for (let j = nextText(ws, i); j < ws.length && box.length <= ABOUT_PARAGRAPHS_MAX && !ws[j].kind && ws[j].shape === "paragraph" && !PRESS_CONTACT_INVITE_RE.test(ws[j].v); j = nextText(ws, j)) box.push(j);
    // Or it names the issuer the label names, in its first words, and says what it does: "À propos d’Hélixa" / "Hélixa
    // conçoit, produit …", "À propos de l'Autorité portuaire de Valmarine" / "Établissement public de l'État,
    // l'Autorité portuaire de Valmarine gère …" (a topic's answer, "À propos de la Russie" / "La Russie reste un voisin
    // …", and a festival's notice, "À propos du festival" / "Le festival … est organisé …", are the text's).
    const first = ws[box[1] ?? i].v;
    const says = issuerDoes(first);
    // Or the label names the site the page is on, as its first lines print it: "UNESCO" / … / "À propos de l’UNESCO" /
    // "Avec 194 États membres, l’Organisation des Nations Unies pour l’éducation, … contribue …".
    const site = foldName(ws[i].v.replace(ABOUT_LABEL_HEAD_RE, "").replace(/\s*:$/u, ""));
    // (A person's life, "Abaï Kounanbaïouly (1845-1904), poète, …", under a review named after him, is the text's.)
    const ownSite = () => ws.slice(0, MASTHEAD_LINES).some((w) => w.kind === "furniture" && foldName(w.v) === site) && ORGANISATION_WORD_RE.test(first) && !LIFE_SPAN_RE.test(first);
    return box.length > 1 && (ISSUER_DESCRIPTION_RE.test(ws[box[1]].v) || (says && namesIssuer(ws[i].v, first)) || ownSite()) ? box : [];
  };
  // A joint release sets two issuers' boxes at most; more, each under "À propos de …", are an interview's topics ("À
  // propos de l'UE" / … / "À propos de la Belgique" / "La Belgique est un partenaire naturel …").
  const aboutLabels = ws.filter((w) => w.shape === "heading" && ABOUT_LABEL_RE.test(w.v)).length;
  for (let i = titleAt + 1; i > 0 && i < ws.length && aboutLabels <= ISSUER_BOXES_MAX; i++) {
    const boxes: number[] = [];
    let j = i;
    for (let box = issuerBox(j); box.length > 0; box = j < ws.length ? issuerBox(j) : []) {
      boxes.push(...box);
      j = nextText(ws, box[box.length - 1]);
    }
    if (boxes.length === 0) continue;
    // A joint release's first box over the second may only name its issuer: "À propos d'Aéroport Nice-Riviera" /
    // "Troisième aéroport de France, Aéroport Nice-Riviera a accueilli …" over "À propos d'Air Astana" / ….
    const p = prevText(ws, boxes[0]);
    const above = p >= 0 ? prevText(ws, p) : -1;
    const describes = (v: string) => ISSUER_DESCRIPTION_RE.test(v) || issuerDoes(v);
    if (above >= 0 && !ws[p].kind && ws[p].shape === "paragraph" && !ws[above].kind && ws[above].shape === "heading" && ABOUT_LABEL_RE.test(ws[above].v) && namesIssuer(ws[above].v, ws[p].v) && describes(ws[p].v)) boxes.unshift(above, p);
    // (Or the invitation to contact its press office: "Pour de plus amples informations, veuillez prendre contact avec
    // la Section des relations avec les médias de l'OMPI".)
    // ("Contacts" alone, over a contact's phone or e-mail, opens the press contacts too, when they are the issuer's:
    // "Relations investisseurs : … – investisseurs@altamine.com" under "À propos d’Altamine Ressources"; an embassy's
    // contacts under "À propos de l’OTSC" are not the alliance's.)
    const issuerOf = (k: number) => ws[k].v.replace(ABOUT_LABEL_HEAD_RE, "").split(/[\s'’-]+/u)[0].toLowerCase();
    const contactsText = ws.slice(j, j + CONTACT_LOOKAHEAD + 1).map((w) => w.v.toLowerCase()).join(" ");
    const theirs = /\(press contact\)$/u.test(ws[j]?.reason ?? "") && boxes.some((k) => ABOUT_LABEL_RE.test(ws[k].v) && issuerOf(k).length >= 3 && contactsText.includes(issuerOf(k)));
    // (Or the release's warning over its legal notice: "À propos de Valferro" / "Valferro est un groupe …" /
    // "Avertissement" / "Le présent communiqué contient des déclarations prospectives …"; a tribune's disclaimer or an
    // intertitle "Mise en garde" are no release's.)
    const warning = j < ws.length && WARNING_LABEL_RE.test(ws[j].v) && /legal notice/u.test(ws[nextText(ws, j)]?.reason ?? "");
    const invite = j < ws.length && !ws[j].kind && PRESS_CONTACT_INVITE_RE.test(ws[j].v);
    if (j < ws.length && (PRESS_CONTACTS_LABEL_RE.test(ws[j].v) || PRESS_CONTACT_LINE_RE.test(ws[j].v) || theirs || warning || invite)) for (const k of boxes) Object.assign(ws[k], { shape: "furniture", kind: "furniture", reason: "site furniture (the issuer's description under its release)" });
    if (invite && boxes.length) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (press contact)" });
    i = j;
  }

  // Under the press contacts, the issuer's box closes the release: "À propos de l’UNICEF" / "L’UNICEF travaille dans
  // certains des endroits …" / "Pour en savoir plus sur l’UNICEF …" / "Suivez l’UNICEF Kazakhstan sur Facebook …".
  // (Or right under them, after a blank line: "Bureau des médias de l’OIM, Genève, courriel : …" / "" / "À propos de
  // l’OIM" / "Créée en 1951, l’Organisation internationale pour les migrations …".)
  // (Or under the press kit's link under them: "Contact presse : …" / "Téléchargez le dossier de presse … (PDF, 6 Mo)"
  // / "À propos d'Arvieux & Tessier".)
  const contactAbove = (i: number) => {
    let p = prevText(ws, i);
    if (p >= 0 && /the page's documents/u.test(ws[p].reason ?? "")) p = prevText(ws, p);
    return p >= 0 && (/press contact/u.test(ws[p].reason ?? "") || PRESS_CONTACT_LINE_RE.test(ws[p].v));
  };
  for (let i = 0; i < ws.length; i++) {
    const under = !ws[i].kind && ws[i].shape === "heading" && contactAbove(i);
    if (!(/\(press contact\)$/u.test(ws[i].reason ?? "") || under) || !ABOUT_LABEL_RE.test(ws[i].v)) continue;
    const first = nextText(ws, i);
    if (first >= ws.length || ws[first].kind || ws[first].shape !== "paragraph" || !namesIssuer(ws[i].v, ws[first].v)) continue;
    // Each paragraph names the issuer, none is the site's update: "Mise à jour du 5 décembre : Kazakh Invest nous a …".
    const own = (j: number) => !ws[j].kind && ws[j].shape === "paragraph" && namesIssuer(ws[i].v, ws[j].v) && !/^(?:mise à jour|maj|update)\b/iu.test(ws[j].v);
    if (under) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (the issuer's description under its release)" });
    for (let j = first, n = 0; j < ws.length && n < ABOUT_PARAGRAPHS_MAX && own(j); j = nextText(ws, j), n++) {
      Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (the issuer's description under its release)" });
    }
  }
  // A release's end mark, "# # #" or "-30-", over its notes to the editors (its issuer's description, its press
  // contacts): what follows is the issuer's, not the text ("###" between a blog's sections goes on with the text).
  for (let i = 0; i < ws.length; i++) {
    // (Its marks set far apart may be read as a table's cells: the line is read whole. The label "Notes aux
    // rédactions" under the text marks them too.)
    const label = NOTES_TO_EDITORS_RE.test(ws[i].v);
    if (!label && (!/^[#-]/u.test(ws[i].src.text.trim()) || (i > 0 && ws[i - 1].src.line === ws[i].src.line))) continue;
    const line = ws.filter((w) => w.src.line === ws[i].src.line);
    if ((!label && !RELEASE_END_MARK_RE.test(line.map((w) => w.src.text.trim()).join(" "))) || !ws.slice(0, i).some(isProse)) continue;
    i += line.length - 1;
    const n = nextText(ws, i);
    // (An organisation's description opens them only over the press office's contacts: "Fondé en 1954, le Kaïrat est …"
    // after a blog's "###" is its text.)
    const opener = (v: string) => ABOUT_LABEL_RE.test(v) || PRESS_CONTACTS_LABEL_RE.test(v) || PRESS_CONTACT_INVITE_RE.test(v) || NOTES_TO_EDITORS_RE.test(v);
    const notes = n < ws.length && (opener(ws[n].v) || (ISSUER_DESCRIPTION_RE.test(ws[n].v) && ws.slice(n + 1).some((w) => !w.kind && opener(w.v))));
    if (!notes) continue;
    // (Down to a paragraph of other words: "Mise à jour du 5 décembre : Kazakh Invest nous a …" is the site's text.)
    for (let j = n; j < ws.length; j++) {
      if (ws[j].kind || ws[j].shape === "blank" || ws[j].shape === "furniture") continue;
      if (isProse(ws[j]) && !ISSUER_DESCRIPTION_RE.test(ws[j].v) && !PRESS_CONTACT_INVITE_RE.test(ws[j].v)) break;
      Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: "site furniture (the release's notes after its end mark)" });
    }
    break;
  }
  // A call to give, right over the donation form: "Vous aussi, agissez !" / "Votre don de 50 € ne vous coûte que 17 €
  // …".
  for (let i = 0; i + 1 < ws.length; i++) {
    const n = nextText(ws, i);
    if (!ws[i].kind && /!$/u.test(ws[i].v) && countWords(ws[i].v) <= DONATION_CALL_WORDS && n < ws.length && /donation form/u.test(ws[n].reason ?? "")) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: ws[n].reason });
  }
  // The label over a legal notice is the notice's: "Avertissement" / "Ce communiqué contient des déclarations
  // prospectives …" (over the text's paragraph, "Avertissement" is an intertitle).
  for (let i = 0; i < ws.length; i++) {
    const n = nextText(ws, i);
    if (!ws[i].kind && ws[i].shape === "heading" && WARNING_LABEL_RE.test(ws[i].v) && n < ws.length && /legal notice/u.test(ws[n].reason ?? "")) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: ws[n].reason });
  }

  // The lines between the first body line (a standfirst) and the next still belong to the head: byline, date line.
  let secondBody = headEnd;
  if (headEnd >= 0) for (secondBody = headEnd + 1; secondBody < ws.length && !(!ws[secondBody].kind && isBody(ws[secondBody])); secondBody++);
  // A release's kind and day after the text has begun heads the statement the article quotes: "Communiqué de presse —
  // 22 janvier 2026" / "« Astana Qazaqstan Team annonce … »".
  // The last body line (or the lede, when nothing follows it).
  let lastBody = ws.length - 1;
  while (lastBody >= 0 && !(!ws[lastBody].kind && isBody(ws[lastBody])) && ws[lastBody].kind !== "lede") lastBody--;
  for (let i = secondBody + 1; headEnd >= 0 && i < ws.length; i++) {
    if (/metadata/u.test(ws[i].reason ?? "") && QUOTED_RELEASE_LABEL_RE.test(ws[i].v) && i < lastBody) Object.assign(ws[i], { shape: "heading", kind: undefined, reason: undefined, metaDate: undefined });
  }
  const datedLines = ws.filter((w) => w.metaDate).length;
  // An agency's stamp closing its dispatch ("AFP — 17 juin 2025 à 13:47") stands under the last body line, at most one
  // of the site's lines between, and has only the site's lines after it; in a column of other dispatches, a headline
  // follows each stamp.
  const kindOf = (j: number) => ws[j].kind ?? ws[j].shape;
  const closingStamp = (i: number) => {
    if (!AGENCY_STAMP_RE.test(ws[i].v) || i < lastBody) return false;
    let between = 0;
    for (let j = prevText(ws, i); j > lastBody; j = prevText(ws, j)) if (++between > 1 || !["furniture", "credit"].includes(kindOf(j))) return false;
    const n = nextText(ws, i);
    return n >= ws.length || kindOf(n) === "furniture";
  };
  // The author's name or initials signing the text over its notes or its references, maybe over a reprint's credit
  // ("Étienne Marchal" / "Cet article est paru dans …" / "Pour en savoir plus"; "B. L." / "Notes"), as under the text.
  if (bibStart < ws.length) {
    let j = prevText(ws, bibStart);
    if (j >= 0 && ws[j].shape === "credit" && !ws[j].byline) j = prevText(ws, j);
    const p = j >= 0 ? prevText(ws, j) : -1;
    if (p >= 0 && !ws[j].kind && isProse(ws[p]) && (isPersonName(ws[j].v) || INITIALS_SIGNATURE_RE.test(ws[j].v))) {
      const credited = ws.some((b, k) => k < j && b.byline && b.v.includes(ws[j].v));
      Object.assign(ws[j], credited ? { shape: "furniture", kind: "furniture", reason: "signature (the author, credited in the byline)" } : { shape: "credit", kind: "credit", byline: true });
    }
  }
  // The captions under a gallery's label, up to the blank line, are the gallery's (on a page without blank lines, the
  // text may follow the label: only the label is the site's).
  for (let i = 0; i < ws.length; i++) {
    if (ws[i].reason !== GALLERY_REASON) continue;
    let end = i + 1;
    while (end < ws.length && end <= i + GALLERY_CAPTIONS_MAX && ws[end].shape !== "blank" && !ws[end].kind && ws[end].v.length <= CAPTION_MAX) end++;
    if (end < ws.length && ws[end].shape !== "blank") continue;
    for (let j = i + 1; j < end; j++) Object.assign(ws[j], { shape: "furniture", kind: "furniture", reason: GALLERY_REASON, metaDate: undefined, byline: false });
  }
  // A local news site's buttons one a line, one under the other: "Voir mon actu" / "Suivre ce média" (apart, an article
  // on an application may head its parts with them), or "Suivre Massy" under "Voir mon actu".
  const followButton = (j: number) => j >= 0 && j < ws.length && FOLLOW_BUTTON_RE.test(ws[j].v);
  const followTown = (j: number) => j >= 0 && j < ws.length && FOLLOW_TOWN_RE.test(ws[j].v);
  for (let i = 0; i < ws.length; i++) {
    if ((followButton(i) && (followButton(i - 1) || followButton(i + 1) || followTown(i + 1))) || (followTown(i) && followButton(i - 1))) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: "site furniture (the site's follow buttons)" });
  }
  // A social network's group: its name over its kind and members ("Amitié France – Kazakhstan 🇫🇷🇰🇿" / "Groupe Public ·
  // 3,4 K membres").
  for (let i = 0; i < ws.length; i++) {
    if (!/the group's name and members/u.test(ws[i].reason ?? "")) continue;
    // (Over a paragraph telling of the group, the name and its members head the text's part on it.)
    const p = prevText(ws, i);
    const n = nextText(ws, i);
    if (n < ws.length && isProse(ws[n]) && !ws[n].kind && countWords(ws[n].v) >= GROUP_TOLD_WORDS) {
      for (const k of [p, i]) if (k >= 0 && ws[k].kind !== "furniture") Object.assign(ws[k], { shape: "heading", kind: undefined, reason: undefined });
      continue;
    }
    if (p >= 0 && ws[p].kind !== "furniture" && countWords(ws[p].v) <= GROUP_NAME_WORDS && !endsSentence(ws[p].v)) Object.assign(ws[p], { shape: "furniture", kind: "furniture", reason: ws[i].reason });
  }
  // A survey's buttons on a line of their own, under its question: "Cette page vous a-t-elle été utile ?" / "Oui   Non"
  // (elsewhere, a results table's head).
  for (let i = 0; i < ws.length; i++) {
    if (/^oui\s{2,}non$/iu.test(ws[i].v) && /feedback prompt/u.test(ws[prevText(ws, i)]?.reason ?? "")) Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: ws[prevText(ws, i)].reason });
  }
  // The page's own address under its label, its last part naming the headline: "Lien permanent : https://…/2025/10/07/
  // otrar-quartier-potiers" (another post's, the site's). So does a blog's entry meta ending on it: "Cette entrée a été
  // publiée dans … Permalien : https://…/2026/03/retour-…/" (by month, where the blog's addresses give no day). And the
  // page's address by month, over its text, its last part naming the headline: "routesdelest.fr/episodes/2026/01/
  // 47-kazakhstan-art-equilibre".
  const firstLine = ws.findIndex((w) => w.shape !== "blank");
  for (let i = 0; titleAt >= 0 && i < ws.length; i++) {
    const entryMeta = /the blog's entry meta/u.test(ws[i].reason ?? "") ? ENTRY_PERMALINK_RE.exec(ws[i].v) : null;
    // (Or right under the headline on the page's first line, as a clipping gives its title then its address; an
    // agenda's address gives its event's month.)
    const overText = (i < titleAt || (titleAt === firstLine && i === nextText(ws, titleAt) && !EVENT_ADDRESS_RE.test(ws[i].v))) && !ws[i].metaDate && /the page's web address/u.test(ws[i].reason ?? "");
    // (A share tool's "Copier le lien : …" in the share bar gives no other page's: two words of the headline are enough,
    // read as what the text's end made of it. Under a teaser, it copies the teaser's.)
    // (So may the share bar end on it: "Partager  Facebook  X  Copier le lien : https://…".)
    const line = sharedLinkOf(ws[i].v);
    // (In the bar, three words of the headline: an embedded video's bar gives the video's page.)
    const shared = isSharedLink(ws, i);
    if (!entryMeta && !overText && ((ws[i].kind && ws[i].kind !== "furniture" && !shared && line === ws[i].v) || !PERMALINK_LABEL_RE.test(line))) continue;
    const bare = entryMeta ? entryMeta[1] : line.replace(PERMALINK_LABEL_RE, "");
    const address = readPageAddress(bare);
    if (!address || !addressNamesHeadline(bare, ws[titleAt].v, shared ? 2 : ADDRESS_HEADLINE_WORDS) || (overText && !address.month)) continue;
    // (By month, it counts only when no date line dates the page: "Publié le 19 septembre 2024" under ".../2023/05/…".)
    const metaDate = addressDayOrMonth(address, true);
    Object.assign(ws[i], { shape: "furniture", kind: "furniture", reason: entryMeta ? ws[i].reason : "site furniture (the page's web address)", metaDate });
  }
  // Topics one a line, three or more, under the post's closing prompt and over the site's lines, are the platform's
  // tags: "Merci de m'avoir lue ! … un petit clap 👏 …" / "Kazakhstan" / "Abraham Accords" / "Central Asia" / "142".
  for (let i = Math.max(headEnd, 0); headEnd >= 0 && i < ws.length; i++) {
    if (!/subscription prompt/u.test(ws[i].reason ?? "")) continue;
    const run: number[] = [];
    let j = nextText(ws, i);
    for (; j < ws.length && !ws[j].kind && ws[j].shape === "heading" && countWords(ws[j].v) <= TOPIC_WORDS && !/[.!?:;,]$/u.test(ws[j].v); j = nextText(ws, j)) run.push(j);
    if (run.length >= TOPICS_MIN && (j >= ws.length || (ws[j].kind ?? ws[j].shape) === "furniture")) for (const k of run) Object.assign(ws[k], { shape: "furniture", kind: "furniture", reason: "site furniture (tag list of the source site)" });
  }
  // An event's day under its field's label, "Date et heure" / "13 janvier 2026 07:00 …", is the event's, not the
  // page's.
  for (let i = titleAt + 1; titleAt >= 0 && i < ws.length; i++) {
    const p = prevText(ws, i);
    if (ws[i].reason !== "date line (publication metadata)" || PUBLICATION_WORD_RE.test(ws[i].v) || p <= titleAt || !EVENT_DAY_LABEL_RE.test(ws[p].v)) continue;
    Object.assign(ws[p], { shape: "heading", kind: undefined, reason: undefined, metaDate: undefined });
    Object.assign(ws[i], { shape: "paragraph", reason: undefined, metaDate: undefined, entryDay: true });
  }
  // An event's day behind "Date :", with its hours, over its hours or its place ("Date : mardi 19 novembre 2024" /
  // "Horaire : 14h30 – 16h00", "Date : vendredi 5 décembre 2025 à 14 h" / "Lieu : …"), is the event's.
  for (let i = 0; i < ws.length; i++) {
    const n = nextText(ws, i);
    if (ws[i].reason !== "date line (publication metadata)" || !/^date\s?:/iu.test(ws[i].v) || n >= ws.length || !/^(?:horaires?|heures?|lieu|adresse)\s?:/iu.test(ws[n].v)) continue;
    // (With its hours and its place: a release's "Date : 14 mars 2025" / "Lieu : Astana" dates it, a dispatch's "Date :
    // 14 mars 2025" / "Heure : 11:42" too.)
    if (!/^(?:horaires?|heures?)\s?:/iu.test(ws[n].v) && !/(?<!\d)\d{1,2}\s?h(?:\s?\d{2})?(?!\p{L})/u.test(ws[i].v)) continue;
    if (![n, nextText(ws, n), nthText(ws, n, 2)].some((j) => j < ws.length && /^(?:lieu|adresse)\s?:/iu.test(ws[j].v))) continue;
    Object.assign(ws[i], { shape: "list-item", reason: undefined, metaDate: undefined, entryDay: true });
  }
  readEntryDays(ws, headEnd, secondBody, lastBody);
  // A list's items each giving a span of days, three or more, are a calendar's, sessions or departures, not the page's
  // days: "Session d'hiver : du 12 janvier au 3 avril 2026", "Du 9 au 20 mai 2027 : 2 890 €".
  for (let i = 0; i < ws.length; i++) {
    if ((ws[i].kind ?? ws[i].shape) !== "list-item") continue;
    let end = i;
    while (end < ws.length && (ws[end].kind ?? ws[end].shape) === "list-item") end++;
    if (end - i >= CALENDAR_ITEMS_MIN && ws.slice(i, end).every((w) => DAY_SPAN_ITEM_RE.test(w.v))) for (let j = i; j < end; j++) ws[j].entryDay = true;
    i = end - 1;
  }
  // A day with dashes and a time to the second, alone and published as a heading, is a log's or a live page's stamp,
  // no intertitle: "03-04-2025 09:40:51".
  for (const w of ws) if ((w.kind ?? w.shape) === "heading" && SECONDS_STAMP_RE.test(w.v)) Object.assign(w, { shape: "furniture", kind: "furniture", reason: "site furniture (no words: a counter or a separator)", metaDate: undefined });
  return ws.map((w, i) => {
    const kind: LineKind = w.kind ?? (w.shape as LineKind);
    const c: ClassifiedLine = { line: w.src.line, text: w.src.text, kind };
    if (w.src.parts) c.parts = w.src.parts;
    if (kind === "furniture" || kind === "blank") c.reason = w.reason ?? "site furniture";
    if (w.cut) c.cut = w.cut;
    if (w.participant && kind === "credit") c.participant = true;
    if (w.entryDay) c.entryDay = true;
    // "© AFP 2024", "Le Journal © 2023 – Tous droits réservés": the page's year, for dates written without one.
    // Of a span, "© 2014-2025 Paris Culture Hebdo", the last year.
    const copyright = kind === "furniture" || kind === "credit" ? /(?:©|\(c\)|copyright)\s*(?:[^\d\n]{0,40}\s)?(?:(?:19|20)\d{2}\s?[-–]\s?)?((?:19|20)\d{2})\b/iu.exec(w.v) : null;
    if (copyright) c.yearHint = Number(copyright[1]);
    // The year in the page's own address, printed above its text, is its year of publication.
    if (w.addressYear && (headEnd < 0 || i < headEnd)) c.addressYear = w.addressYear;
    // "Il y a 3 h · Lecture 4 min" among the head's lines: the page was copied the day it came out.
    if ((headEnd < 0 || i <= headEnd + HEAD_STAMP_REACH) && /publication time/u.test(w.reason ?? "") && HOURS_AGO_RE.test(w.v)) c.hoursAgo = true;
    // A reader's comment stamped with its day: "Gérard57 · 14/11/2024 à 08:41".
    if (/reader comments/u.test(w.reason ?? "") && (COMMENTER_STAMP_RE.test(w.v) || WIDE_DATED_STAMP_RE.test(w.v))) {
      const day = findDates(w.v).find((d) => !d.relative && d.precision === "day");
      if (day) c.commentDay = { date: day.date, evidence: day.evidence };
    }
    // After the text has begun, a bare date line may belong to a card of another article: only "Publié le…" counts, and
    // a post's day under its counters ("1 234 mentions J'aime" / "12 mars 2024"), where a social network prints it, as
    // a last resort.
    // (Nor over its update, not later than it, both the page's: "Le 14/10/2024 à 18:45" / "Modifié le 15/10/2024 à
    // 08:12", under an article's key points; "Le 21/11/2024 à 18:30" over "Mis à jour le 04/11/2024" is an event's day.)
    const overUpdate = (j: number) => j < ws.length && /date line/u.test(ws[j].reason ?? "") && UPDATE_STAMP_RE.test(ws[j].v) && !!ws[j].metaDate && !!w.metaDate && w.metaDate.date <= ws[j].metaDate!.date;
    const pastText = i > secondBody && !PUBLICATION_WORD_RE.test(w.v) && !closingStamp(i) && !(w.metaDate && overUpdate(nextText(ws, i)));
    const p = pastText && w.metaDate ? prevText(ws, i) : -1;
    const underCounters = p >= 0 && /social network's buttons and counters|social post's counters/.test(ws[p].reason ?? "");
    // The page's own address under the text, its last part naming the headline, still dates it:
    // "…/2025/03/18/air-astana-paris-accord-aerien-…/" under "Air Astana reliera Astana à Paris …, accord aérien …".
    // (Under the share bar or the tags: under "Notre article de mars 2024 sur … :", another page's.) So does one
    // labelled as the page's own: "Lien permanent : https://…/2025/10/07/otrar-quartier-potiers"; and one on the page's
    // last line, as a reading tool's export ends on it (not under "… mon récit du premier vol :"), or over the tool's
    // line of the day it saved the page, "Enregistré avec Lecteur+ le 7 décembre 2026".
    const lastLine = (j: number) => j === ws.length || (SAVED_WITH_TOOL_RE.test(ws[j].v) && nextText(ws, j) === ws.length);
    const ownAddress = /the page's web address/u.test(w.reason ?? "") && titleAt >= 0 && addressNamesHeadline(sharedLinkOf(w.v).replace(PERMALINK_LABEL_RE, ""), ws[titleAt].v, isSharedLink(ws, i) ? 2 : ADDRESS_HEADLINE_WORDS) && (/share prompt|tag list|reader tool/u.test(ws[prevText(ws, i)]?.reason ?? "") || PERMALINK_LABEL_RE.test(sharedLinkOf(w.v)) || (lastLine(nextText(ws, i)) && !/:\s*$/u.test(ws[prevText(ws, i)]?.v ?? "")));
    const late = (kind === "furniture" || w.byline) && headEnd >= 0 && pastText && !underCounters && !ownAddress;
    // Such a date counts only when no other line dates the page: the post quoted may be another's.
    if (underCounters) w.metaDate = { ...w.metaDate!, weak: true };
    // A bare date line above the headline may be the site's date of the day ("Jeudi 13 juin 2024" over the masthead):
    // it counts after the dates under the headline. "Publié le …" above it still dates the article.
    // (Not a day in figures alone right over the headline, under the page's kind: "Note d'information" / "04/12/2025" /
    // the headline; a site's day is written out.)
    // (Nor when another stamp of the page comes before it: "14/03/2026" over a concert's page updated "le 05/02/2026"
    // is the concert's day.)
    const stampOver = nextText(ws, i) === titleAt && FIGURES_DAY_ALONE_RE.test(w.v) && !ws.some((x) => x !== w && !!x.metaDate && x.metaDate.date < w.metaDate!.date);
    // (Nor a badge in capitals, without its weekday, two lines over the headline at most, on a page no "Publié le …"
    // stamps: "12 MARS 2025" over the section's name and the headline. A site's day heads its bar; a concert's day may
    // stand so over a page published before.)
    const badge = DAY_BADGE_RE.test(w.v) && [nextText(ws, i), nextText(ws, nextText(ws, i))].includes(titleAt) && !ws.some((x) => x !== w && !!x.metaDate && PUBLISHED_STAMP_RE.test(x.v));
    if (w.metaDate && i < titleAt && kind === "furniture" && /date line/.test(w.reason ?? "") && !PUBLICATION_WORD_RE.test(w.v) && !stampOver && !badge && !(JOURNAL_ISSUE_RE.test(w.v) && OFFICIAL_TITLE_RE.test(ws[titleAt].v))) w.metaDate = { ...w.metaDate, weak: true };
    // A government site's footer giving the day its page was last changed, under the text: "Date de modification :
    // 2025-10-23" (under a sitting's record of the 22nd) counts only when no other line dates the page.
    if (w.metaDate && i > secondBody && kind === "furniture" && PAGE_MODIFIED_RE.test(w.v)) w.metaDate = { ...w.metaDate, weak: true };
    // The site's day with its exchange rate or weather ("Nour-Soultan, 21.05.2019 — USD/KZT 381,05 — +23 °C") dates
    // the reader's visit, not the article.
    if (w.metaDate && i < titleAt && kind === "furniture" && /°\s?C|\b[A-Z]{3}\/[A-Z]{3}\b/u.test(w.v)) w.metaDate = datedLines > 1 ? undefined : { ...w.metaDate, weak: true };
    // A magazine's issue the text was printed in, closing it: "Cet article est paru dans le n° 87 de Chroniques
    // d'Histoire (novembre 2025)" dates it when nothing else does.
    // (Removed as the site's note, it dates it all the same.)
    // (So does any note of the print edition by its day or month: "Cet article est paru dans Panorama n° 3127 du 19 juin
    // 2025.", "… dans l'édition imprimée de Planisphère de janvier 2026.")
    const issue = (kind === "credit" || /print edition note/u.test(w.reason ?? "")) && !w.metaDate ? PRINT_ISSUE_RE.exec(w.v) : null;
    const printed = !issue && !w.metaDate && /print edition note/u.test(w.reason ?? "") ? findDates(w.v).find((m) => !m.relative) : undefined;
    if (issue) {
      const d = findDates(issue[1] ?? issue[2]).find((m) => !m.relative);
      if (d) c.metaDate = headDate(d, true);
    } else if (printed) c.metaDate = headDate(printed, true);
    // So does the day a journal put it online, in the reference it gives to cite it: "Aliya Seitkali, « … », Cahiers des
    // mondes eurasiens [En ligne], 18 | 2024, mis en ligne le 16 décembre 2024, consulté le 4 février 2026."
    const cited = kind === "furniture" && /how to cite/u.test(w.reason ?? "") ? CITED_ONLINE_RE.exec(w.v) : null;
    if (cited) {
      const d = findDates(cited[1]).find((m) => !m.relative && m.precision === "day");
      if (d) c.metaDate = headDate(d, true);
    }
    // And a page's own citation, its headline in it, by the first day after the headline: "Léa Brunet, « Le corridor
    // médian, pari risqué de la diplomatie kazakhe », Commentaire de l'IEE, 11 juin 2025".
    const ownCitation = !cited && kind === "furniture" && titleAt >= 0 && /how to cite/u.test(w.reason ?? "") ? w.v.indexOf(ws[titleAt].v) : -1;
    if (ownCitation >= 0) {
      // (Not the day it was read: "…, consulté le 4 février 2026".)
      const after = w.v.slice(ownCitation + ws[titleAt].v.length);
      // (One date only, a day: "…, Almaty, 14 octobre 2024, …" and another, or "… du 12 mars 2025, Lettre du CERAC, n° 31,
      // avril 2025", give an event's day.)
      const dates = findDates(after).filter((m) => !m.relative && !CONSULTED_RE.test(after.slice(0, m.start)));
      if (dates.length === 1 && dates[0].precision === "day") c.metaDate = headDate(dates[0], true);
    }
    // Or, when it gives no day, by the page's own address closing it, dated in its path and naming the headline: "Pour
    // citer cette page : « Semipalatinsk, 35 ans après », Réseau …, https://…/2026/08/semipalatinsk-35-ans-…/".
    const citedLink = !c.metaDate && kind === "furniture" && titleAt >= 0 && /how to cite/u.test(w.reason ?? "") ? /https?:\/\/\S+$/u.exec(w.v) : null;
    const citedAddress = citedLink && addressNamesHeadline(citedLink[0], ws[titleAt].v, ADDRESS_HEADLINE_WORDS) ? readPageAddress(citedLink[0]) : null;
    // (Its month only when the text names no day in it: "Ce billet a été publié le 2 octobre 2025" over
    // ".../2025/10/…".)
    const dayInMonth = (month: string) => ws.some((x) => (x.kind ?? x.shape) !== "furniture" && findDates(x.v).some((m) => !m.relative && m.date.startsWith(`${month}-`)));
    if (citedAddress && (citedAddress.date || (citedAddress.month && !dayInMonth(citedAddress.month)))) c.metaDate = addressDayOrMonth(citedAddress, true);
    if (w.metaDate && !late && (w.metaDate.from === "header" || kind === "furniture" || kind === "lede" || kind === "paragraph" || kind === "title" || w.byline || (kind === "credit" && SIGNED_AT_RE.test(w.v)))) c.metaDate = w.metaDate;
    return c;
  });
}
