// Recognises a news site's furniture (menus, prompts, counters, teasers, bylines, date lines) from general signals.
import { findDates, type DateMention } from "./date.ts";
import { countWords, endsSentence, LEADING_EMOJI_RE, stopwordDensity } from "./french.ts";
import { findTag } from "../taxonomy/match.ts";

// Social networks as sites name them in their footers.
const NETWORKS = "Facebook|X|Twitter|Instagram|YouTube|Youtube|LinkedIn|Linkedin|Telegram|TikTok|Threads|Bluesky|Mastodon|WhatsApp|Flickr|Vimeo";

/** Why a reading application's control is removed (see READING_APP_RE). */
export const READING_APP_REASON = "a reading application's controls";
// The day a reading application stamps on a copy, maybe with its time: "14/05/2025 à 22:08", "12 mai 2025".
const APP_DAY = String.raw`\d{1,2}(?:er)?(?:[ /.](?:\p{L}+\.?|\d{1,2})[ /.])\d{4}(?:,? (?:à )?\d{1,2}\s?[h:]\s?\d\d)?`;
// A read-later application's stamps on a saved page, in a row: "Enregistré le 12 mai 2025 · Lu le 13 mai 2025 ·
// Progression : 100 %".
const APP_STAMP = String.raw`(?:(?:enregistré|sauvegardé|ajouté|archivé|lu|ouvert) le ${APP_DAY}|progression\s*:\s*\d{1,3}\s?%|\d+\s*min(?:utes)? de lecture)`;
/** A reading application's controls and stamps around a book's text: tested before date lines ("Surligné le …"). */
export const READING_APP_RE = new RegExp(
  String.raw`^(?:[‹<←]\s*(?:bibliothèque|ma bibliothèque|mes livres|librairie)|aa|\d+\s*(?:min(?:utes?)?|pages?)\s+restantes?(?: dans (?:le|ce) (?:chapitre|livre))?|fin du chapitre \d+\b(?:\s*[·•|]\s*chapitre suivant\s*:.{0,100})?|chapitre (?:suivant|précédent)\s*:\s*[«"“][^»"”]{1,100}[»"”]|(?:surlignée?|annotée?|note ajoutée|signet ajouté) le \d{1,2}(?:er)? \p{L}+\.? \d{4}(?:,? (?:à )?\d{1,2}\s?[h:]\s?\d\d)?|ce contenu est peut-être protégé par (?:des|les) droits d['’]auteur\.?|exporté le ${APP_DAY}(?: depuis .{1,60})?|[✎✏📝]\uFE0F?\s*(?:ma note|votre note|note personnelle)\s*:.{1,300}|${APP_STAMP}(?:\s*·\s*${APP_STAMP})+)$`, "iu");

/**
 * The site's name and its address, or its address alone, as a reading application notes a page's source: "Le Courrier
 * des Nations · courrierdesnations.fr" (in the page's head: under "Références", such a line is a source).
 */
export const SITE_ADDRESS_RE = /^(?:\p{L}[\p{L}\d'’ .&-]{1,40}\s+[·|]\s+)?(?:https?:\/\/)?(?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)*\.(?:fr|com|org|net|info|kz|ch|be|ca|eu|io|app|news|media|ru|uz|kg|tj|tm|de|it|es)\/?$/iu;

/** A family of furniture phrases and the reason given when a line is removed for it. */
interface PhraseFamily {
  reason: string;
  re: RegExp;
  /** A notice that says what it is in its first words may run longer than FURNITURE_MAX_CHARS. */
  anyLength?: boolean;
  /** Words the line must hold, in small letters, looked for before the pattern is tried on a line of any length. */
  needs?: string;
}

/** Longer lines are text, unless a family of any length claims them. */
const FURNITURE_MAX_CHARS = 160;
/** The longest line read as a language switcher. */
const LANGUAGES_LINE_MAX = 600;

// The links of an encyclopedia's footer, printed in a row: "Politique de confidentialité À propos de Wikipédia …".
const WIKI_FOOTER_LINKS = String.raw`politique de confidentialité|à propos de wiki\p{L}+|avertissements|contact|version mobile|développeurs|statistiques`;

// Each pattern must match the WHOLE line (after trimming): a sentence that merely mentions "partager" stays text.
// An encyclopedia's tabs under its page title: "Article   Discussion", "Page du portail   Discussion".
const WIKI_TABS = String.raw`(?:article|page(?: du portail)?|page d['’]aide|catégorie|modèle)\s{2,}discussion`;
export const WIKI_TABS_RE = new RegExp(`^${WIKI_TABS}$`, "iu");
// A podcast's platform: "Apple Podcasts", "Spotify", "RSS".
const PODCAST_PLATFORM = String.raw`(?:apple podcasts|spotify|deezer|google podcasts|podcast addict|amazon music|youtube(?: music)?|rss|castbox|overcast|pocket casts|soundcloud|radio france)`;

// The label over a release's notes to the editors: "Notes aux rédactions :".
export const NOTES_TO_EDITORS_RE = /^notes? (?:aux|à la|pour les) rédactions?\s*:?$/iu;

// A local news site's buttons: "Voir mon actu", "Suivre ce média", "Ajouter à mes sources" (on one line, a phrase
// family; one a line, one under the other, see classifyLines).
export const FOLLOW_BUTTONS = String.raw`voir mon actu|suivre ce média|ajouter à mes sources`;
// A local news site's button to follow a town, beside "Voir mon actu": "Suivre Massy" (see classifyLines).
export const FOLLOW_TOWN_RE = /^[Ss]uivre \p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}?[\p{L}'’-]+){0,3}$/u;

/** A market quote: "CAC 40 7 512,34 +0,42 %", "Alstom  11,86 €  -0,37 %", "Brent 71,86 $ -0,64 %", "38,10 USD". */
const MARKET_QUOTE_RE = /^(?:\p{L}[\p{L}\d&.'’\/ -]{0,30}?\s+\d[\d\s\u00a0\u202f]*(?:[.,]\d+)?\s*(?:€|\$|USD|EUR|CAD|GBP|GBX|CHF|pts?|points)?\s+[+\-−–]\s?\d+(?:[.,]\d+)?\s?%|\d[\d\s\u00a0\u202f]*[.,]\d+\s?(?:€|\$|USD|EUR|CAD|GBP|GBX|CHF))$/u;
/** A site's bar of quotes, three or more apart by wide spaces: "CAC 40 8 067,53 +0,41 %   DAX 24 132,05 -0,18 %   …". */
export function isQuotesBar(text: string): boolean {
  if (text.length > 400 || !text.includes("%")) return false;
  const items = text.split(/\s{3,}/u);
  return items.length >= 3 && items.filter((x) => MARKET_QUOTE_RE.test(x)).length >= items.length - 1;
}
/** A social network's post stamp, its audience's globe after it: "17 décembre à 09:32 · 🌐", "16 mars · 🌐". */
export const SOCIAL_POST_STAMP_RE = /^\d{1,2}(?:er)?\s(?:janv|févr|fév|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\p{L}{0,5}\.?(?:\s(?:19|20)\d{2})?(?:\sà\s\d{1,2}[:h]\d{2})?\s·\s?[🌐👥🔒]\uFE0F?$/u;
// A day in capitals, its weekday first: "MERCREDI 18 DECEMBRE 1991".
const CAPS_DAY = String.raw`(?:LUNDI|MARDI|MERCREDI|JEUDI|VENDREDI|SAMEDI|DIMANCHE)\s+\d{1,2}(?:ER)?\s+(?:JANVIER|FÉVRIER|FEVRIER|MARS|AVRIL|MAI|JUIN|JUILLET|AOÛT|AOUT|SEPTEMBRE|OCTOBRE|NOVEMBRE|DÉCEMBRE|DECEMBRE)\s+\d{4}`;

const PHRASE_FAMILIES: PhraseFamily[] = [
  // What a scan's reading (OCR) or its typist writes for a stamp or a signature: "[CACHET : AMBASSADE … * PARIS]",
  // "[Signature illisible]" ("[Signature des documents]" directs a transcript's scene; a logo's long description,
  // "[Logo de l'ambassade …]", may stand in a quoted e-mail).
  { reason: "a stamp or signature on a scanned page", re: /^\[(?:cachet|tampon|sceau|paraphe)\b[^\[\]]{0,100}\]$|^\[signature(?:\s*:[^\[\]]{0,80}|\s(?:illisible|manuscrite|du (?:ministre|directeur|président|consul|chef)[^\[\]]{0,60}))?\]$/iu },
  // Notices that run long but say what they are in their first words. "Pour citer cette note : Seitkali A., « … »".
  {
    reason: "how to cite the page",
    re: /^(?:citer ce(?:t|tte)? \p{L}+\s*:\s*\p{Lu}[^«»:]{1,80}«.*|(?:pour|comment) citer(?: cet (?:article|entretien)| cette (?:note|page|publication|étude|tribune|analyse|contribution|infographie|carte|fiche)| cette annonce| ce (?:texte|document|rapport|billet|post|carnet))?\s*:.*|(?:pour|comment) citer (?:cet article|cette (?:note|page|publication|annonce)|ce (?:texte|document|rapport|billet))|pour citer ce compte[- ]rendu\s*:\s*\p{Lu}[^«»]{1,80}«.*»,.*\b(?:19|20)\d{2}\b.*)$/iu,
    anyLength: true,
  },
  // A cookie banner's sentence, however long: "Nous utilisons des cookies pour vous garantir la meilleure expérience…"
  // (or "… uniquement des cookies nécessaires … En savoir plus    OK", with its button),
  // "Nous utilisons des témoins (cookies) pour améliorer votre expérience de lecture…", "Ce site utilise des témoins
  // (cookies) afin d'améliorer votre expérience de navigation…", behind its German with its buttons: "Wir verwenden
  // Cookies / Nous utilisons des cookies … Alle akzeptieren / Tout accepter",
  // an embed blocked until they are accepted ("Ce contenu est bloqué car vous n'avez pas accepté les cookies…", "Ce
  // contenu n'est pas disponible en raison de vos préférences de témoins", témoins being Québec's cookies), the
  // consent framework's own sentence ("Nous et nos 312 partenaires utilisons des cookies…", "Énervia et ses partenaires
  // utilisent des cookies… Vous pouvez modifier vos choix…" (without its choices, a report may quote the first
  // sentence), "Avec votre accord, nous et
  // nos partenaires stockons et/ou accédons à des informations…"), maybe under its label with its buttons ("Cookies :
  // nous et nos 312 partenaires utilisons des traceurs… Tout accepter / Paramétrer"; without them, a quotation).
  {
    reason: "cookie or privacy prompt",
    re: /^(?:wir verwenden cookies\s?[/|–—-]\s?(?=.*akzeptieren))?(?:cookies\s?[:–—-]\s?(?=nous et nos\b.*(?:accepter|paramétrer|refuser|personnaliser|ok)\s*$))?(?:(?:avec votre (?:accord|consentement),\s+)?nous et nos (?:\d[\d  ]* )?partenaires (?:utilisons des (?:cookies|traceurs|technologies similaires)|(?:stockons|accédons|traitons)\b(?=.*\b(?:appareil|cookies|traceurs)\b))|nous utilisons des (?:cookies|témoins \(cookies\))|nous utilisons (?:uniquement|seulement) des cookies\b(?=.*\s(?:ok|accepter|j['’]ai compris|fermer)$)|nous respectons votre vie privée\.\s+.*(?:cookies|traceurs)|ce site (?:web )?utilise des (?:cookies|témoins \(cookies\))|(?:le |la |l['’])?[\p{L}'’ .-]{1,40} utilise des cookies(?!\p{L})|[\p{L}'’ .&-]{1,40} et ses partenaires utilisent des (?:cookies|traceurs)\b[^«»]*\.\svous pouvez (?:modifier|retirer) (?:vos choix|votre consentement)\b|en poursuivant votre navigation|this (?:website|site) uses cookies|we use cookies|ce contenu est bloqué car vous n['’]avez pas accepté les cookies|ce contenu (?:n['’]est pas disponible|est bloqué|ne peut pas (?:être affiché|s['’]afficher)) en raison de vos (?:préférences|choix|paramètres) (?:de|en matière de) (?:témoins|cookies|confidentialité)|pour pouvoir le visualiser, vous devez autoriser les cookies)(?!\p{L}).*$/iu,
    anyLength: true,
  },
  // A newsletter's appeal, however long, that asks the reader to subscribe: "Le Fil des steppes est une publication
  // financée par ses lecteurs. Pour recevoir…, abonnez-vous…".
  {
    reason: "subscription prompt",
    re: /^.{2,60} est une (?:publication|lettre|newsletter) (?:financée|soutenue) par ses lect(?:eurs|rices et lecteurs)(?!\p{L}).*\babonn.*$/iu,
    anyLength: true,
  },
  // A translation's notice over its text: "Ce texte est un résumé en français d'un article publié en allemand. Version
  // originale : « … »" (going on, "… publié en russe en 1926 par …", it is the text's); a German site's player: "Audio
  // abspielen · 3:12 Min.".
  {
    reason: "the translation's notice",
    re: /^ce texte est (?:un résumé|une traduction|une version)(?: en français)? d['’]un (?:article|texte|reportage) (?:publié|paru|diffusé) en \p{L}+\s?\.(?:\s+(?:version originale|texte original|article original)\s?:\s?.{1,250})?$/iu,
    anyLength: true,
  },
  { reason: "video player", re: /^audio (?:abspielen|anhören)\s?·\s?\d{1,2}:\d{2}\s?min\.?$/iu },
  // An agency's notice to readers of its public wire: "Vous consultez la version publique du fil. Pour une reprise de
  // nos dépêches, contactez notre service commercial…"; a letter's archive: "Vous consultez l'archive d'une lettre
  // envoyée à nos abonnés. S'abonner gratuitement".
  {
    reason: "the agency's notice to its readers",
    re: /^vous (?:consultez|lisez|visitez|êtes sur) (?:la|le|une|un|cette|ce) (?:version|page|site|fil|article|espace)\b[^.,;]{0,60}\.\s+(?:pour|contactez|abonnez|si vous)\b.*$|^vous (?:consultez|lisez) (?:l['’]archive|les archives) d['’](?:une|la|notre) (?:lettre|newsletter|édition)\b[^.]{0,80}\.(?:\s+(?:s['’]abonner|abonnez-vous|inscrivez-vous)\b.{0,60})?$/iu,
    anyLength: true,
  },
  // A press database's export (a library's subscription): the search that found the article ("Requête : … | Période :
  // 19/03/2019 - 31/03/2019 | Sources : …"), the licence it was viewed under ("Certificat émis le 12 février 2026 à …",
  // "Ce document est réservé à l'usage exclusif de l'utilisateur désigné par …"), the copyright notice however long
  // ("© 2019 Le Courrier. Tous droits réservés. Le présent document est protégé par …"), or that notice on its own line.
  {
    reason: "the press database's search and licence",
    re: /^(?:(?:requête|recherche)\s*:[^|]*\|.*\bpériode\s*:.*|certificat émis le .*\sà des fins de (?:visualisation|consultation)\b.*|ce document est réservé à l['’]usage exclusif de l['’]utilisat(?:eur|rice)\b.*|le présent document est protégé par les lois et conventions internationales sur le droit d['’]auteur\b.*|(?:©|\(c\)|copyright)\s*(?:19|20)\d{2}\b[^.]{1,80}\.\s*tous droits (?:de reproduction )?réservés\..*)$/iu,
    anyLength: true,
  },
  // Its labels and marks: the labels over a caption or a note ("Illustration(s) :", "Note(s) :"), the document's
  // identifier ("news·20190320·CO·a7f93e"; "Intervenant·e·s" is inclusive writing).
  {
    reason: "the press database's labels",
    re: /^(?:(?:illustration|note|photo|légende|annexe)\(s\)\s*:?|(?=.*\d)\p{L}+(?:·[\p{L}\p{N}]+){2,})$/iu,
  },
  // A search's count of results over the list: "Résultats : 3 dépêches — tri : plus récentes en bas", "14 résultats
  // pour « Tokaïev »" ("Résultats : 6 partis" heads an election's results).
  {
    reason: "search results",
    re: /^(?:résultats?\s*:\s*\d[\d  ]*\s+(?:dépêches?|articles?|documents?)|\d[\d  ]*\s+(?:résultats?|dépêches?|articles?|documents?)\s+(?:pour|trouvée?s?|correspondant)\b.{0,60})(?:\s*[—–|·-]\s*(?:tri(?:és?)?|trier|classés?)\s*(?:par|:)\s*.{1,60})?$/iu,
  },
  // A page's links to the documents before and after it: "◄ Précédent   Suivant ►   Imprimer   Télécharger (PDF)".
  { reason: "navigation link", re: /^(?:[◄◀‹«<]\s*)?précédente?\s+(?:[|·•]\s*)?suivante?\s*[►▶›»>]?(?:\s{2,}\S.{0,120})?$/iu },
  // An agency's slug, three keywords or more joined by hyphens, one of them a topic in small letters, maybe with the
  // dispatch's kind ("ASTANA-MOSCOU-PÉKIN", "Bakou-Tbilissi-Kars" and "Sino-Russo-Kazakh" are intertitles):
  // "Kazakhstan-Chine-nucléaire", "Kazakhstan-Chine-Russie-nucléaire-énergie, PAPIER GÉNÉRAL" (each keyword three
  // letters or more: "Saint-Jean-de-Luz" is a town).
  { reason: "the agency's slug (its keywords)", re: /^(?=.*-\p{Ll})\p{Lu}\p{L}{2,}(?:-\p{L}{3,}){2,}(?:,\s*\p{Lu}{2,}(?:\s\p{Lu}{2,})*)?$/u },
  // An agency's slug over its dispatch, four keywords or more in capitals joined by hyphens:
  // "KAZAKHSTAN-RUSSIE-UKRAINE-PÉTROLE" ("ASTANA-MOSCOU-PÉKIN" may be an intertitle).
  { reason: "the agency's slug (its keywords)", re: /^\p{Lu}{2,}(?:-\p{Lu}{2,}){3,}$/u },
  // "Droit d'auteur : les textes sont disponibles sous licence Creative Commons…".
  {
    reason: "the site's licence notice",
    re: /^(?:droit d['’]auteur\s*:.*licence|réutilisation (?:libre|autorisée) sous licence (?:creative commons|cc)[^:;]{0,40}(?:,\s*avec mention de la source)?\.?$|(?:le |les )?(?:contenus?|textes?) (?:de cette page |de ce site )?(?:est |sont )?(?:disponibles? |publiés? |diffusés? )?sous licence creative commons).*$/iu,
    anyLength: true,
  },
  // "Privacy Preference Center", "Nous utilisons des cookies…", "Gérer mes préférences", "Tout accepter", an embedded
  // player's "Ce contenu n'est pas accessible car vous avez refusé les cookies de mesure d'audience …".
  {
    reason: "cookie or privacy prompt",
    re: /^(?:privacy preference center|paramétrer les cookies|manage (?:consent|cookies)(?: preferences)?|we value your privacy|this (?:website|site) uses cookies.*|(?:accept|reject|allow) all|cookie (?:settings|list)|strictly necessary cookies|(?:performance|functional|targeting|analytics) cookies|always active|confirm my choices|powered by onetrust|en poursuivant votre navigation.*cookies.*|(?:accepter|refuser|paramétrer|personnaliser)(?: les| tous les)? cookies|(?:accepter|refuser) (?:uniquement|seulement) les cookies (?:essentiels|nécessaires|strictement nécessaires)|nous respectons votre vie privée.*|gérer (?:les|mes) (?:cookies|préférences|consentements?)|paramètres (?:des|de) cookies|(?:tout )?(?:accepter|refuser)(?: tout| et fermer)?|nous utilisons des (?:cookies|témoins \(cookies\)).*|ce contenu n['’]est pas (?:accessible|disponible|affiché) (?:car|parce que) vous avez refusé (?:les )?cookies\b.*|ce site utilise des cookies.*|politique de confidentialité|politique (?:relative aux|des) cookies|cookies?(?: policy)?|mentions légales|conditions générales d['’]utilisation|consentement)$/iu,
  },
  // An embedded player's placeholder while cookies are refused, its button's words: "Accepter les cookies pour regarder
  // cette vidéo." ("Acceptez les cookies pour afficher la carte." may answer a reader's question).
  {
    reason: "cookie or privacy prompt",
    re: /^accepter (?:les|nos) cookies(?: [\p{L}'’ ]{1,30})? (?:pour|afin de) (?:regarder|voir|lire|écouter) (?:cette|la|ce|le|l['’]) ?(?:vidéo|contenu|média|podcast|audio|lecteur)\.?$/iu,
  },
  // "0 Commentaire10 minutes de lecture", "3 commentaires", a blog post's "14 commentaires  |  Kazakhstan, Récits de
  // voyage" (with its categories), "Laisser un commentaire", "Réagir", "Pour participer à la discussion, identifiez-vous
  // ou créez un compte", "Afficher les nouveaux commentaires (0)".
  {
    reason: "comment prompt or counter",
    re: /^(?:\d+\s*(?:commentaires?|réactions?|comments?)(?:\s*\d+\s*(?:min(?:utes?)?\.?|mn)\s*(?:de lecture)?|(?:\s{2,}(?:trier par|partager|sauvegarder|signaler)){1,4}|\s+[|·•]\s+\p{Lu}[^.!?|·•]{1,80})?|(?:un|aucun) commentaire\s+[|·•]\s+\p{Lu}[^.!?|·•]{1,80}|trier par\s*:\s*(?:meilleurs?|top|nouveaux|controversés?|(?:les )?plus (?:récents|anciens|populaires|pertinents))(?:\s*[▾▼⌄])?|trier par|plus de réponses\s*\(\d+\)|(?:laisser|ajouter|écrire|publier) un commentaire.*|réagir(?: à cet article)?(?:\s*\(\d+(?:\s*commentaires?)?\))?|(?:voir les |afficher les )?commentaires?(?:\s*\(\d+\))?|commentaires \d+|vous devez être (?:connectée?|membre|abonnée?|inscrite?|identifiée?).*(?:commentaire|commenter|réagir).*|connectez-vous (?:pour|afin de) (?:réagir|commenter|laisser un commentaire|participer).*|pour (?:participer à la discussion|commenter(?: cet article)?|réagir(?: à cet article)?|laisser un commentaire),?\s(?:identifiez|connectez)-vous ou (?:créez un compte|inscrivez-vous)\s?[.!]?|(?:afficher|voir|charger) (?:les )?(?:nouveaux|autres|anciens) commentaires(?:\s*\(\d+\))?|soyez le premier à (?:commenter|réagir).*|aucun commentaire(?: pour (?:le moment|l['’]instant))?\.?\s+soyez (?:le premier|la première) à (?:commenter|réagir).*|votre avis nous intéresse\.\s+connectez-vous (?:pour|afin de) (?:réagir|commenter).*|votre avis nous intéresse\s*[.:!]\s*réagissez (?:sur|via) (?:nos|les) réseaux sociaux\.?|les (?:commentaires|réactions) sont (?:réservée?s|ouverte?s) aux (?:abonnés|membres|inscrits).*|(?:les )?commentaires (?:sont )?fermés.*)$/iu,
  },
  // A page's rating by its readers: "Tu as aimé cette fiche ? ★★★★★ 4,7/5 (213 avis)", "★★★★☆ 4,2/5 (87 avis)".
  // (Without the stars, "Intérêt de la visite : 7,4/10 (2 341 votes)" is a poll's result.)
  { reason: "readers' rating", re: /^(?:[^.!]{0,60}[?:]\s*)?[★☆]{3,5}\s*\d(?:[.,]\d)?\s?\/\s?(?:5|10)\s*\(\s*\d[\d\u00A0\u202F ]*\s*(?:avis|votes?|notes?|évaluations?)\s*\)$/iu },
  // Or asking for the reader's own, the stars and their count after the prompt: "Notez cet article : ★★★★☆ (37 votes)"
  // (stars and a count alone may be a rating a review or a guide cites).
  { reason: "readers' rating", re: /^(?:notez|évaluez) (?:cet article|cette page|ce contenu)\s?:\s*[★☆]{5}\s*(?:\d(?:[.,]\d)?\s*)?\(\s*\d[\d\u00A0\u202F ]*\s*(?:avis|votes?|notes?|évaluations?)\s*\)$/iu },
  // The author's call for comments closing a post: "Et vous, comment voyez-vous… ? Je serais ravi d’en discuter en
  // commentaire 👇", "Dites-nous en commentaire !".
  { reason: "comment prompt or counter", re: /^(?=.*\b(?:vous|votre|vos|dites|partagez|réagissez|racontez)\b).{0,160}\ben commentaires?(?:\s+(?:ci-dessous|plus bas))?\s*[.!]?\s*(?:👇|⬇️?|👇🏻)?$/iu },
  // A blog's comment form: "Votre adresse e-mail ne sera pas publiée.", "Laisser une réponse", "Nom *", "Ajouter votre
  // commentaire", "* Votre e-mail ne sera pas publié".
  {
    reason: "comment form",
    re: /^(?:\*\s*)?(?:votre (?:adresse (?:e-?mail|de messagerie)|e-?mail|courriel) ne sera pas publiée?.*|(?:ajouter|laisser|écrire|déposer) votre commentaire|les champs obligatoires sont indiqués.*|enregistrer mon nom.*|laisser une réponse|annuler la réponse|répondre|(?:nom|e-?mail|site (?:web|internet)|url|commentaire|pseudo)\s*\*?|(?:poster|publier|envoyer) (?:le |un |mon )?commentaire)$/iu,
  },
  // The moderation's rule over the form: "Les commentaires sont publiés après validation par nos modérateurs. Les
  // propos injurieux … ne seront pas publiés."
  {
    reason: "comment form",
    re: /^(?:les |vos )?(?:commentaires|réactions|contributions) (?:sont|seront) (?:publiée?s|modérée?s|soumis(?:es)?|validée?s|relue?s)(?!\p{L})[^.]{0,100}(?<!\p{L})(?:(?:par |de )?(?:nos|notre|l['’]équipe de) modérat\p{L}*|(?:notre|la) charte|(?:la )?modération)(?!\p{L}).*$/iu,
    anyLength: true,
  },
  // A reading application's controls around a book's text (Apple Books, Kindle, Kobo): "‹ Bibliothèque", "Aa", "18 min
  // restantes dans le chapitre", "Fin du chapitre 7 · Chapitre suivant : …", the reader's "Surligné le 3 mars 2024"
  // (the day they read it, not a publication date), the copy's "Ce contenu est peut-être protégé par des droits
  // d'auteur."
  { reason: READING_APP_REASON, re: READING_APP_RE },
  // An editor's note left in a draft: "[XXX encadré chiffres clés — à compléter]", "[TK : chiffre à vérifier]".
  { reason: "an editor's note left in the draft", re: /^\[\s*(?:XXX|TK|TODO|à compléter|à vérifier)\b[^\]]{0,300}\]$/iu },
  // A publication stamp without a readable date: "Publié aujourd'hui à 10h", "Mis à jour il y a 2 heures", "Publié à 5
  // h 00 HNE", "Mis à jour à 18:05 MSK", "Publié à 5 h 00 Mis à jour à 9 h 13" (a time alone, under the day's line); a
  // blog's, its comments counted after it: "Publié le 7 novembre 2025 par Gaspard Lhuillier · Dessins du jour · 3
  // commentaires".
  { reason: "publication time (metadata)", re: /^(?:publié|publiée|mis à jour|mise à jour|modifié|actualisé)(?: le| il y a| aujourd['’]hui| hier| à \d{1,2}\s?[h:]\s?\d\d(?=(?:\s+[A-Z]{2,5}|\s*\([A-Z]{2,5}\))?(?:\s*[,|·–-]?\s*(?:mis|mise) à jour à \d{1,2}\s?[h:]\s?\d\d(?:\s+[A-Z]{2,5})?)?$))\b(?![^.!?]*\bau (?:journal officiel|JO)\b)[^.!?]{0,60}(?:\s[·|•]\s\d{1,4}\s(?:commentaires?|réactions?|réponses?))?$/iu },
  // Weeks, months or years ago, in small letters as a blog stamps its post: "il y a 2 semaines", "il y a un an" ("Il y a
  // 6 mois" may head a chronology's part; under a field's label, "Dernier combat :", it is the field's value).
  { reason: "publication time (metadata)", re: /^il y a (?:\d{1,2}|une?) (?:semaines?|mois|ans?)$/u },
  // A network's post stamped without its year, its audience's sign after a dot: "3 février à 18:22  ·  🌐".
  { reason: "publication time (metadata)", re: /^\d{1,2}(?:er)? (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janv\.|févr\.|avr\.|juil\.|sept\.|oct\.|nov\.|déc\.) à \d{1,2}:\d{2}\s+·\s*(?:🌐|👥|🔒)?$/u },
  // A question site's stamp over an answer: "Répondu il y a 1 an", "Mis à jour il y a 8 mois".
  { reason: "publication time (metadata)", re: /^(?:répondu|mis à jour|modifié|posé|demandé) il y a (?:\d{1,2}|une?) (?:min(?:utes?)?|h|heures?|jours?|semaines?|mois|ans?)$/iu },
  // An app's line under the text it shares: "Partagé depuis l'application La Gazette des Continents. Téléchargez-la
  // gratuitement : https://…" (not a sentence: "Partagé via l'application TikTok plus de deux millions de fois, …").
  { reason: "share prompt", re: /^partagé (?:depuis|via|avec) l['’]application\s[^.,;:]{2,60}\.\s(?:téléchargez|https?:\/\/)\S.{0,160}$/iu, anyLength: true },
  // The site's call under the text, behind a question to the reader about the article: "Cet article vous a intéressé ?
  // Retrouvez chaque vendredi … dans notre newsletter", "Cet article vous a donné envie de partir ? Découvrez les
  // circuits …".
  {
    reason: "subscription prompt",
    re: /^cet article vous a (?:intéressée?|donné envie\b[^?«»]{0,60})\s?\?\s+(?:retrouvez|découvrez|abonnez|inscrivez|recevez|suivez|soutenez|offrez)\b[^«»]{0,300}$/iu,
    anyLength: true,
  },
  // An article's tools in a row, one space apart, as a daily's bar copies: "Offrir l'article Lire plus tard Partager",
  // "Recommander (14) Offrir l'article Partager".
  { reason: "share prompt", re: /^(?:(?:offrir(?: l['’]article| cet article)?|lire plus tard|partager|recommander(?:\s?\(\d{1,5}\))?|imprimer|commenter|sauvegarder|enregistrer|réagir)(?:\s|$)){3,}$/iu },
  // A thread reader's link to the thread: "Lire sur X".
  { reason: "reader tool", re: /^lire (?:sur|le fil sur) (?:x|twitter|threads|bluesky|mastodon)$/iu },
  // A programme's next showing on its page: "Prochaine diffusion le mardi 10 mars à 22:45" (a fact box's "Diffusion :
  // samedi 14 juin à 21:00" gives a gala's).
  { reason: "the programme's broadcast times", re: /^prochaines? diffusions?\s?:?\s(?:le\s)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s)?\d{1,2}(?:er)?\s\p{L}+\.?(?:\s\d{4})?(?:\s(?:à|-)\s\d{1,2}\s?[h:]\s?\d{2})?$/iu },
  // A radio's sign-off closing its news flash: "Prochain flash à 9 heures. Bonne journée sur RVL."
  { reason: "the programme's broadcast times", re: /^prochain (?:flash|journal|bulletin|point)(?: info)? (?:à|dans) \d{1,2}\s?(?:h|heures)(?:\s?\d{2})?\.?(?:\s[^.!?]{2,60}[.!])?$/iu },
  // A TV guide's slot for a programme, and its broadcasts: "Ce soir à 20h55 sur Arte", "mardi 10 février à 20h55 sur
  // Arte", "Disponible en replay sur arte.tv jusqu'au 10 avril 2026".
  { reason: "the programme's broadcast times", re: /^durée\s?:\s?(?:\d{1,2}\s?h\s?)?\d{1,3}\s?min(?:utes)?\s?[·|•]\s?disponible (?:en (?:replay|rattrapage) )?jusqu['’]au \d{1,2}(?:\/\d{1,2}\/\d{2,4}|(?:er)? \p{L}+\.?(?: \d{4})?)$|^(?:(?:re)?diffusion\s?:?\s)?(?:ce soir|demain(?: soir)?|cette nuit|aujourd['’]hui|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: \d{1,2}(?:er)? \p{L}+\.?(?: \d{4})?)?) à \d{1,2}\s?h\s?\d{2} sur \p{Lu}[\p{L}\d ’'.&+-]{0,30}$|^disponible en (?:replay|rattrapage)(?: sur [\p{L}\d.-]{2,40})? jusqu['’]au \d{1,2}(?:er)? \p{L}+\.?(?: \d{4})?$/iu },
  // The day a travel advice page was last checked, under its update: "Toujours valide le : 26 mai 2025" (not the day it
  // came out).
  { reason: "publication time (metadata)", re: /^toujours valides? (?:le|au)\s?:?\s?\d{1,2}(?:er)?\s\p{L}+\s\d{4}$/iu },
  // A social network's post stamp (see SOCIAL_POST_STAMP_RE).
  { reason: "publication time (metadata)", re: SOCIAL_POST_STAMP_RE },
  // The time alone closed by a stop, under the day's line: "Mis à jour à 11h52.".
  { reason: "publication time (metadata)", re: /^(?:publié|publiée|mis à jour|mise à jour|modifié|actualisé) à \d{1,2}\s?[h:]\s?\d\d\.$/iu },
  // A relative time stamp: "il y a 2 heures", "Aujourd'hui à 10h15", "Hier à 18:40", "À l'instant".
  { reason: "publication time (metadata)", re: /^(?:il y a \d+\s*(?:s|sec(?:ondes?)?|min(?:utes?)?|h|heures?|jours?|j)|à l['’]instant|aujourd['’]hui|hier)(?:\s*(?:à|,)\s*\d{1,2}\s*[h:]\s*\d{0,2})?$/iu },
  // "10 minutes de lecture", "Temps de lecture : 4 min", "Lecture 3 min", a reader view's "Temps de lecture : 4 à 5
  // minutes" (a span alone, "20-25 min", is a recipe's or a timetable's).
  {
    reason: "reading time",
    re: /^(?:(?:temps de )?lecture(?: estimée?)?(?: de| en)?\s*:?\s*\d+(?:\s?(?:à|-|–)\s?\d+)?\s*(?:min(?:utes?)?|mn)\.?|\d+\s*(?:min(?:utes?)?|mn)\.?\s*(?:de lecture|temps de lecture|read)?|\d+\s?(?:à|-|–)\s?\d+\s*(?:min(?:utes?)?|mn)\.?\s*(?:de lecture|temps de lecture))$/iu,
  },
  // An encyclopedia's counters for its entry: "1 214 mots · 2 médias" ("2 760 mots" alone may be a fact box's figure).
  { reason: "reading time", re: /^\d{1,3}(?:[\s\u00a0\u202f]\d{3})*\smots(?:\s?[·|•]\s?\d{1,3}\s(?:médias?|images?|photos?|vidéos?|illustrations?|cartes?|min(?:utes?)? de lecture))+$/iu },
  // "Partager", "Partager sur Facebook", "Partager cet article", "Facebook Twitter LinkedIn", "Copier le lien".
  {
    reason: "share prompt",
    re: /^(?:(?:partager|partagez)(?: (?:cet article|ce billet|cette page|la page|ce diaporama|ce direct|cette galerie|cette vidéo|cet épisode|cette action|cette pétition|cette campagne|cette actualité|cette information|sur \p{L}+|l['’]article|par e-?mail)(?: sur)?)?(?:\s*:\s*\p{L}+\+?(?:(?:\s*[·,|•]\s*|\s+)\p{L}+\+?){0,7}\s*)?|envoyer (?:à|a) un (?:ami|collègue|proche)|(?:(?:facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail|courriel|imprimer|google\+|print|copier le lien|copy(?: the)? link|envoyer(?: par e-?mail)?|messenger|pinterest|reddit|vk|bluesky|threads|mastodon|flipboard|google news|instagram|youtube|tiktok|dailymotion|rss|partager(?: sur)?|tweet|share(?: on)?)\s*\d*[\s,:|•·]*){1,9}|tweet(?:er)?|share)$/iu,
  },
  // A market quote (see MARKET_QUOTE_RE).
  {
    reason: "stock market quote",
    re: MARKET_QUOTE_RE,
  },
  // A share's page, its notice and its buttons under the quote: "Données différées de 15 minutes", "+ Ajouter à ma
  // liste    Créer une alerte" (one alone may be a tutorial's step).
  {
    reason: "stock market quote",
    re: /^(?:(?:données|cours|cotations?) (?:différée?s?|retardée?s?) (?:de|d['’]au moins) \d{1,2}\s?(?:minutes|min\.?)|(?:\+\s?)?(?:ajouter à (?:ma liste|mon portefeuille|ma watchlist)|créer une alerte)(?:(?:\s{2,}|\s?[|·]\s?)(?:\+\s?)?(?:ajouter à (?:ma liste|mon portefeuille|ma watchlist)|créer une alerte)){1,2})$/iu,
  },
  // A broker's warning, which the law asks of it: "Les CFD sont des instruments complexes et présentent un risque élevé
  // de perte rapide en capital en raison de l'effet de levier. 74 % des comptes …" (its words to the lever: an article
  // may quote its start and go on).
  {
    reason: "the broker's risk warning",
    re: /^(?:les )?cfd sont des instruments complexes et présentent un risque élevé de perte(?: rapide)? (?:en|de) capital en raison de l['’]effet de levier\b.*$/iu,
    anyLength: true,
  },
  // "Cet article est également disponible en anglais", "Ce commentaire est également disponible en anglais et en
  // allemand.", "This article is also available in French", a Flemish site's
  // "Lees dit artikel in het Nederlands": the page's other editions.
  {
    reason: "link to the page in another language",
    re: /^(?:(?:cet article|cette page|ce texte|cet entretien|cette analyse|ce commentaire|cette note) est (?:également |aussi )?(?:disponible|à lire|publiée?) en (?:version )?(?:anglais|russe|kazakh|allemand|espagnol|italien|arabe|chinois|turc|ouzbek|néerlandais|portugais|français)(?:(?:,| et) en (?:anglais|russe|kazakh|allemand|espagnol|italien|arabe|chinois|turc|ouzbek|néerlandais|portugais|français))*|(?:this|the) (?:article|page|story) is (?:also )?available in (?:English|French|Russian|Kazakh|German|Spanish)|(?:lire|read) (?:cet article|this article|in|en) (?:en )?(?:anglais|english|français|french|allemand|german|russe|russian)|lees dit artikel in het (?:nederlands|frans|engels|duits))\s*[.!]?$/iu,
  },
  // "Abonnez-vous", "S'abonner à la newsletter", "Inscrivez-vous à notre lettre d'information", "Recevez ma lettre
  // d'information" (an elected member's), "Suivez-nous sur…", a
  // form's field and button ("Adresse courriel   M'inscrire"), "Ne manquez aucun article, suivez-nous sur…", "Suivez
  // Parsine Info sur Telegram : t.me/…", "Suivez LRH en français sur Facebook et X et recevez notre lettre du
  // vendredi.", "Ne manquez aucune critique : recevez notre newsletter chaque vendredi." (the site's own letter: "…
  // recevez la lettre consulaire" is an embassy's advice), "Recevez toute l'actualité internationale directement dans
  // votre boîte mail".
  {
    reason: "subscription prompt",
    re: /^(?:abonnez-vous.*|s['’]abonner.*|je m['’]abonne.*|inscrivez-vous.*|recevez (?:notre|nos|la|ma|mes) .*(?:newsletter|lettre|alertes?).*|recevez (?:notre|nos) [^.!?:]{2,40}\s?:\s?(?:votre )?adresse (?:e-?mail|électronique|courriel).{0,40}|ne manquez (?:aucune?|rien)(?!\p{L})[^:.!?]{0,40}\s?:\s?recevez (?:notre|nos) (?:newsletter|lettre)(?!\p{L})[^.!?]{0,60}[.!]?|recevoir (?:nos|notre) [^.!?]{2,50} par (?:e-?mail|courriel)|(?:notre |la )?newsletter.*|suivez-nous.*|suivez [^.!?]{1,40}? sur (?:facebook|x|twitter|instagram|youtube|linkedin|telegram|tiktok|threads|bluesky)(?:(?:,\s|\set\s)(?:facebook|x|twitter|instagram|youtube|linkedin|telegram|tiktok|threads|bluesky))*,?\set\srecevez (?:notre|nos) (?:newsletter|lettre)(?!\p{L})[^.!?]{0,40}\.?|suivez [^.!?]{1,60}? sur (?:telegram|whatsapp|facebook|x|twitter|instagram|youtube|linkedin|tiktok|threads|bluesky)\s*:?\s*(?:@[\w.]+|(?:https?:\/\/)?(?:t\.me|wa\.me|whatsapp\.com|x\.com|twitter\.com|facebook\.com|fb\.com|instagram\.com|youtube\.com|linkedin\.com|tiktok\.com)\/\S*)|rejoignez-nous.*|t[ée]l[ée]charge[rz] (?:notre |l['’])? ?application.*|t[ée]l[ée]charge[rz] l['’]appli\s\p{Lu}[^.:!?]{1,40}(?:\s?:\s?[^.!?«»]{0,60}(?<!\p{L})(?:nos|notre)(?!\p{L})[^.!?«»]{0,60}[.!]?)?|restez informée?s?(?!\p{L}).*(?:application|newsletter|lettre|alertes?|chaîne|canal|whatsapp|telegram).*|rejoignez (?:notre|la|nos|le) (?:chaîne|canal|communauté|groupe)\b.*|rejoindre(?: la chaîne| le canal)?|je fais un don|je soutiens \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}|faites un don\b.*|offre (?:spéciale|découverte).*|essai gratuit.*|subscribe(?: to (?:our|the) newsletter)?|recevez (?:chaque|tous les) .{0,120}(?:boîte (?:mail|e-?mail|aux lettres)|newsletter|lettre)\b.*|recevez (?:toute l['’]actualité|l['’]essentiel de l['’]actualité)(?!\p{L})[^.!?]{0,60}\sdirectement dans votre bo[iî]te (?:mail|e-?mail|aux lettres|de réception)\s?[.!]?|je m['’]inscris|en vous inscrivant\b.*|recevez (?:chaque|tous les) (?:jours?|matins?|soirs?|semaines?)\b.{0,120}|follow us\b.*|подпи(?:сывайтесь|шитесь)(?!\p{L}).*|sign up(?: for (?:our|the) newsletter)?|(?:enter )?your e-?mail(?: address)?|votre (?:adresse )?e-?mail|(?:votre )?adresse (?:e-?mail|courriel|électronique)\s*\*?(?:\s+(?:m['’]inscrire|s['’]inscrire|je m['’]inscris|valider|envoyer|ok))?|ne manquez (?:aucun|aucune|rien|plus aucun)\b[^.!]{0,60}(?:[,:–—-]|[.!](?=\s))\s*(?:suivez-nous|abonnez-vous|inscrivez-vous|rejoignez-nous|t[ée]l[ée]chargez)\b.*|(?:chaque|tous les) (?:matin|soir|jour|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine)s?,? (?:recevez|retrouvez|l['’]essentiel|une lettre|une newsletter|un e-?mail).*)$/iu,
  },
  // "Article réservé aux abonnés", "Il vous reste 75 % de cet article à lire", "Déjà abonné ? Se connecter", "+
  // Abonnés", "Vous lisez un article réservé à nos abonnés. Merci de votre confiance.", a button's "Voir le corrigé
  // (réservé aux abonnés)".
  {
    reason: "paywall notice",
    re: /^(?:(?:cet )?article (?:est )?réservé aux abonnés.*|réservé aux abonnés.*|ce contenu est réservé aux abonnés\.?|(?:la suite|l['’]accès à la suite) (?:de cet article )?est réservée? aux abonnés.*|(?:la suite|l['’]accès à la suite) de (?:la transcription|l['’]épisode|cet entretien) est réservée? aux (?:abonnés|membres)\b.*|il vous reste \d+(?:[.,]\d+)?\s*% de (?:cet|cette|ce|l['’]) ?(?:article|entretien|interview|reportage|enquête|analyse|éditorial|tribune|chronique|portrait|récit|texte) à (?:lire|découvrir).*|pour lire la suite(?: de (?:cet|l['’]) ?article)?\s*(?:[,:!.…]\s*(?:abonnez|connectez|inscrivez|identifiez|créez|souscrivez).*|[.…]*)|déjà abonnée?\s*\??.*|(?:se )?connecter|connexion|se connecter pour lire.*|contenu (?:réservé|premium).*|premium|(?:\+\s?)?abonnés?|vous lisez un (?:article|contenu) réservé (?:à nos|aux) abonnés\b.{0,80}|vous (?:consultez|lisez) cet article grâce à votre abonnement\b.{0,40}|(?:voir|lire|accéder à|télécharger|afficher|consulter|découvrir|écouter|regarder)\s+(?:\p{L}+\s+){0,3}\((?:contenu |accès )?réservée?s? aux abonnés\))$/iu,
  },
  // A social network's post: its counters ("12,4 k", "vues"), how long ago ("3 h"), its tools and replies.
  {
    reason: "a social post's counters and tools",
    re: /^(?:\d+(?:[,.]\d+)?\s?[kKM]|vues|views|traduire (?:le|ce|la) (?:post|tweet|message|publication)|afficher la traduction|en réponse à @[\w.]+|afficher plus de réponses|qui suivre|ce qui se passe|\d{1,2}\s?(?:h|min|j|sem\.?))$/iu,
  },
  // A social network's page around a post or an article (LinkedIn, Facebook, Medium, Substack): its buttons ("+
  // Suivre", "J’aime Commenter Partager", "J’aime (3)"), its counters ("Vous et 245 autres personnes", "Hélène Garnier et
  // 146 autres personnes", "57 partages",
  // "1 réponse", "4 autres commentaires…"), a profile picture's text, a reader's degree of connection ("• 2e"),
  // "Afficher la suite", "Voir la traduction", a photo grid's "+9", "Member-only story"; a post's "1 234 mentions
  // J'aime", "Modifié · 2 sem.", "— Voir les réponses (1)".
  {
    reason: "a social network's buttons and counters",
    re: /^(?:\+\s?suivre|suivre|(?:(?:j['’]aime|commenter|partager|republier|envoyer|répondre|réagir)\s*){2,6}|\d[\d\s\u00a0\u202f,.]*[kK]?\s+(?:mentions?\s+)?j['’]aime|(?:modifiée?|edited)\s*[·•]\s*\d+\s*(?:sem|j|h|min|s)\.?|[—–-]*\s*(?:voir|afficher) (?:les )?réponses?\s*\(\d+\)|j['’]aime\s*\(\d+\)|(?:(?:vous|\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,3}) et )?\d[\d\s\u00a0\u202f,.]*[kK]? autres? personnes?|\d[\d\s\u00a0\u202f,.]*[kK]?\s+(?:partages?|republications?|réponses?|abonnés?|restacks?)|\d[\d\s\u00a0\u202f,.]*[kK]?\s+(?:j['’]aime|partages?|repartages?|republications?|restacks?|commentaires?|réponses?)(?:\s*[·•|]\s*\d[\d\s\u00a0\u202f,.]*[kK]?\s+(?:j['’]aime|partages?|repartages?|republications?|restacks?|commentaires?|réponses?)){1,3}|\d+ autres? commentaires?\s*…?|(?:voir|afficher) (?:les \d+ réponses?|plus de (?:commentaires|réponses)|tous les commentaires)|écrivez un commentaire\s*…?|(?:photo|image) de (?:profil|couverture) de .{1,60}|•\s*(?:1er|\d+e)(?: et \+)?|…?\s*(?:afficher|voir) la suite|voir la traduction|\+\d{1,3}|member-only story|[∙·•]\s*(?:payant|gratuit)|lancée? il y a \d+ (?:ans?|mois)|réservé aux membres|ouvrir dans l['’]app(?:lication)?|obtenir l['’]app(?:lication)?|medium logo|restacks|\d[\d\s\u00a0\u202f,.]*[kK]?\s+(?:favoris|boosts?)|(?:afficher|montrer) (?:moins|plus)|(?:CW|content warning)\s*:.{0,120}|\S+ est l['’]un des nombreux serveurs mastodon indépendants que vous pouvez utiliser\b.*)$/iu,
  },
  // A blog's like button and its count: "J'aime ça : ♥ 12 personnes aiment ça", "Une personne aime ça".
  { reason: "a social network's buttons and counters", re: /^(?:j['’]aime ça\s*:?\s*)?(?:[♥❤]\uFE0F?\s*)?(?:\d{1,6}|une) personnes? aiment? ça\.?$|^j['’]aime ça\s*:?\s*(?:[♥❤]\uFE0F?\s*)?(?:chargement…?)?$/iu },
  // "1 réponse de Marie Lenoir": the author's replies under a reader's comment (the name's capitals matter: no `i`).
  // A post's tools under it: "Voir la traduction", "Voir l'activité" ("Traduire" alone may be an intertitle).
  { reason: "a social network's buttons and counters", re: /^(?:voir la traduction|voir l['’]activité)$/iu },
  // An answer's views and votes on a questions site: "2,3 k vues · Voir les 58 votes positifs".
  { reason: "a social network's buttons and counters", re: /^\d[\d\s\u00a0\u202f,.]*\s?k?\svues\s·\s(?:voir les |voir le )?\d[\d\s\u00a0\u202f,.]*\s?k?\svotes? positifs?$/iu },
  { reason: "a social network's buttons and counters", re: /^\d+\s+réponses?\s+de\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}$/u },
  // A clipper's or a read-later tool's fields about the copy, not the article: "Created: November 29, 2024 8:03 AM",
  // "Status: À lire", "URL: https://…", "**Enregistré le :** March 18, 2023", "*Exporté depuis Pocket · 1 article*".
  { reason: "a clipping tool's fields", re: /^[*_]*(?:created|status|url|last edited(?: time)?|date added|enregistré le|sauvegardé le|ajouté le|clipped|saved)[*_]*\s*:[*_]*\s*\S.*$|^[*_]*(?:exporté depuis|exported from|clipped (?:from|with)|enregistré avec|saved (?:to|with)) (?:pocket|notion|instapaper|evernote|raindrop(?:\.io)?|omnivore|readwise|wallabag|matter|feedly|onenote)\b.*$/iu },
  // The end of a live page: "Ce live est désormais terminé. Merci de l’avoir suivi."
  { reason: "live page notice", re: /^ce (?:live|direct) est (?:désormais |maintenant )?(?:terminé|clos).*$/iu },
  // An offer to subscribe: "Profitez de notre offre découverte : 1 € le premier mois", "Essayer gratuitement",
  // "Profitez de tous les articles d’Horizons Hebdo… avec Apple News+", "Les infos essentielles du jour, chaque matin
  // dans votre boîte mail.": an offer's words or a newsletter's.
  // At any length, with what the site offers after it: "Cet article vous a été utile ? Sachez que vous pouvez suivre Le
  // Courrier du Blavet dans l'espace Mon Actu. En un clic, après inscription, vous y retrouverez …".
  { reason: "subscription prompt", re: /^cet article vous a (?:intéressée?|plu|été utile)\s?\?\s*[^.!?]{0,40}(?:recevez|recevoir|abonnez|inscrivez|inscrivant|suivre)\b[^?]{0,300}$/iu, anyLength: true },
  // "Ce contenu vous a plu ? Découvrez nos autres textes dans la section Affaires." (going on after a colon, a sentence
  // quoting it).
  { reason: "subscription prompt", re: /^(?:ce contenu|ce texte) vous a plu\s?\?\s?découvrez nos autres (?:textes|articles|contenus|reportages|guides|analyses)\b[^:«»"]{0,100}$/iu },
  { reason: "subscription prompt", re: /^(?:profitez (?:de|d['’]) ?.{0,80}(?:offre|abonn|€|essai|gratuit|apple news\+).*|essayer gratuitement.*|cet article vous a (?:intéressée?|plu|été utile)\s?\?\s*.{0,40}(?:recevez|abonnez|inscrivez|newsletter|lettre|suivre)\b.*|recevez (?:l['’]essentiel|le meilleur|une sélection)\b.{0,80}(?:chaque|tous les) (?:matin|soir|jour|semaine)s?\b.*|(?:les infos|l['’]essentiel|l['’]actualité|recevez|notre (?:newsletter|lettre)).{0,80}chaque (?:matin|soir|jour|semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),? dans (?:votre|vos) boîtes? (?:mail|e-?mail|aux lettres|de réception).*)$/iu },
  // A link within the page, its arrow first: a contents' "↓ Ouzbékistan : Chavkat Mirzioïev et la diplomatie de l’eau",
  // "↑ Haut de page". A figure is not a link ("↓ Baisse de 12 % des exportations"), nor "↑ Dupont 2019, p. 12", an
  // encyclopedia's reference.
  { reason: "a link within the page", re: /^[↓⇓]\s*[^\d\s][^\d]{1,150}$|^[↑⇑]\s*(?:haut de (?:la )?page|retour en haut(?: de (?:la )?page)?|remonter)$/iu },
  // A site's notices about a post or its readers' space: "Ce blog est personnel, la rédaction n’est pas à l’origine de
  // ses contenus.", "Le Club est l'espace de libre expression des abonnés…", "Vous aimez nos analyses ? Recevez…",
  // "Vous souhaitez réagir ? Votre avis nous intéresse…".
  { reason: "the site's notice", re: /^(?:ce blog est personnel\b.*|le club est l['’]espace de libre expression\b.*|vous aimez nos (?:analyses|articles|contenus)\b.*|vous souhaitez réagir\s*\?.*)$/iu, anyLength: true },
  // A print view's header and footer: "Publié sur La Lettre d’Asie centrale (https://…)", "[Fermer la fenêtre]",
  // "URL source: https://…".
  {
    reason: "print view",
    re: /^(?:publié sur .{2,80}\((?:https?:\/\/)?[^\s()]+\)|url (?:source|d['’]origine|de l['’]article)\s*:.*|\[?imprimer cette page\]?(?:\s+\[?fermer (?:la|cette) fenêtre\]?)?|\[?fermer (?:la|cette) fenêtre\]?)$/iu,
  },
  // "Lire plus tard", "Offrir l'article", "Écouter cet article", "Ajouter à mes favoris", "J'aime ça", "Réutiliser ce
  // contenu", "Télécharger ce dossier en PDF", a magazine's "Télécharger Vivre au Creusot n° 142 en PDF (6,8 Mo)", a
  // live page's "Rafraîchir le direct", a shop's "Ajouter à ma liste d'envies".
  {
    reason: "reader tool",
    re: /^(?:lire plus tard|copier la citation|découvrir nos offres|agrandir l['’]image(?:\s*:\s*illustration \d{1,2})?|agrandir la photo(?:\s{2,}\d{1,3}\s?\/\s?\d{1,3})?|imprimer la recette|ajouter à mon carnet(?: de recettes)?|ajouter à (?:mes|ma) (articles|favoris|sélection|sélections|lectures|liste(?: d['’]envies| de souhaits)?)|scannez le code qr pour (?:télécharger|installer|suivre|lire|accéder)\b.{0,80}|offrir(?: cet| l['’])? ?article|[ée]couter(?: cet| l['’])? ?article(?:\s*\(\d+\s*min\)|\s+\d{1,2}\s?min)?|[ée]couter (?:la|le) (?:revue de presse|chronique|podcast|émission|épisode|reportage|journal)\s*\(\d+\s*min\)|permalien\s*:?\s*(?:https?:\/\/)?\S+|consultez la version source(?: sur \S{3,60})?\s*:\s*(?:https?:\/\/)?\S+|url (?:de l['’]article|de la page)\s*:\s*\S+|plus d['’]infos|offrir ce billet|lien copié|republier cet article|cliquer? sur (?:la vignette|l['’]image|la carte)\b.{0,60}|tou(?:s|tes) les vidéos de (?:la chaîne|l['’]émission)|ajouter (?:à|aux) (?:mes |vos )?(?:favoris|sélections)|sauvegarder|enregistrer|imprimer(?: cet| l['’])? ?(?:article)?|télécharger(?: en| le| la version)? pdf(?: du texte| de l['’]article| de la page)?(?:\s*\([^)]{0,20}\))?|télécharger (?:ce|cet|cette) (?:dossier|article|rapport|note|étude|analyse|page|fiche|document|texte) en pdf(?:\s*\([^)]{0,20}\))?|télécharger \p{Lu}[^()]{1,60} n°\s?\d{1,4} en pdf(?:\s*\([^)]{0,20}\))?|rafraîchir le (?:direct|live)|écouter (?:la radio )?en direct|provenant (?:du podcast|de l['’]émission) [^,.;!?]{1,80}|commander ce numéro|cet article est (?:extrait|tiré) du (?:numéro|n°) .{1,100}(?:kiosque|boutique|abonnement|en vente).{0,60}|cet article est paru dans .{1,120}\.\s*retrouvez (?:le |la |l['’]|notre |votre )?(?:journal|magazine|numéro|édition|hebdomadaire|hebdo|revue|quotidien)\b.{0,160}|copier le texte|copier le lien|disponible (?:au format|en) pdf(?:\s*\([^)]{0,20}\))?|citer (?:cet article|cette (?:note|page|publication|étude))|signaler(?: un abus| une erreur)?|réutiliser ce contenu|contribuer|suivre (?:ce|cet|cette|le|la) (?:sujet|thème|auteur|autrice|dossier|rubrique)|commenter(?:\s*\(\d+\))?|modifier(?: le code)?|voir l['’]historique|s['’]inscrire|se désabonner|se désinscrire|gérer (?:mes|vos) préférences|j['’]aime(?: ça)?|(?:j['’]aime ça\s*:\s*)?j['’]aime chargement.*|📷\s*voir (?:toutes )?les photos\b.{0,60}|voir (?:toutes )?les photos\b.{0,60}\(\d{1,4}\)|voir toutes les photos|télécharger (?:la|cette) (?:photo|image)(?:\s*\([^)]{0,30}\))?|télécharger (?:l['’]|le |la |cette |ce )[^()]{1,40}\((?:pdf|docx?|jpe?g|png|zip)\s*[,;–-][^)]{0,20}\)(?:(?:\s*\|\s*|\s{2,})(?:photos?|visuels?|images?)(?: HD| haute définition)?)?|télécharger les [^()]{1,40}\(zip\s*[,;–-][^)]{0,20}\)|(?:charger|afficher) plus|agrandir|version imprimable|lancer le diaporama|diaporama suivant|lu par une voix de synthèse|lire la transcription(?: complète)?|télécharger (?:l['’]épisode|le podcast|l['’]audio)(?:\s*\([^)]{0,30}\))?|écouter sur (?:spotify|apple podcasts|deezer|google podcasts|youtube)(?:\s*[/|·,]\s*(?:spotify|apple podcasts|deezer|google podcasts|youtube))*|taille du texte(?:\s*:?\s*(?:a[+-]?\s*){1,4})?|a\+? ?a-?)$/iu,
  },
  // A chat application's lines around a forwarded post: "↪ Transféré", the channel's followers ("Chaîne · 18,7 k
  // abonnés"). (The export's stamp and sender over the forwarder's words: see classify.ts.)
  {
    reason: "the chat application's lines",
    re: /^(?:(?:↪\s*)?(?:transféré|message transféré|forwarded)(?: plusieurs fois)?|(?:chaîne|canal|channel)\s*[·•]\s*\d[\d\s\u00a0\u202f,.]*[kKM]?\s+(?:abonnés?|membres?|followers))$/iu,
  },
  // A document's reference, a code with slashes: "Réf. : CIAM/PR/2024/14" (a case's, under the headline: see
  // classify.ts).
  // (Or an NGO's action's, with its index: "Référence : AU 17/25 — Index : EUR 57/9114/2025".)
  { reason: "the document's reference", re: /^[Rr]éf(?:érence)?\.?\s*:\s*[A-Z0-9]{2,10}(?:\/[A-Z0-9]{1,10}){1,4}$|^[Rr]éférence\s?:\s?[A-Z]{2,5} \d{1,3}\/\d{2}\s[—–-]\s[Ii]ndex\s?:\s?[A-Z]{2,5} \d{1,3}\/\d{2,5}\/\d{4}$/u },
  // A forum's lines, like Reddit's, that give themselves away: "r/GeopolitiqueFR • il y a 2 j", "Rechercher dans r/…",
  // "Règles de r/…", its bot's "Je suis un bot, cette action a été effectuée automatiquement." (the community's name
  // and its members' alone: see classify.ts).
  {
    reason: "the forum's links and its members' details",
    re: /^(?:r\/[\p{L}\d_]{2,30}\s•\s(?:il y a\s.{1,20}|publié.{0,40})|rechercher dans r\/[\p{L}\d_]{2,30}|règles de r\/[\p{L}\d_]{2,30}|je suis un bot, cette action a été effectuée automatiquement\.?)$/iu,
  },
  // A newsletter platform's footer: "Steppes & Routes © 2025 – Se désabonner – Gérer vos préférences" (its "Lire sur le
  // site" and "Passer à l'abonnement payant": see classify.ts).
  { reason: "e-mail newsletter furniture", re: /^[^.©]{1,40}©\s?(?:19|20)\d{2}\s*[—–|·-]\s*se désabonner\b.{0,80}$/iu },
  // A video's player in words: "Lecture de la vidéo", "Durée de la vidéo : 00:02:14".
  { reason: "video player", re: /^(?:lecture de la vidéo|durée de la vidéo\s*:\s*\d{1,2}(?::\d{2}){1,2})$/iu },
  // The player's next video counting down: "Vidéo suivante dans 5 s : « … »   Annuler".
  // An audio article's notice and its call to the site's podcast: "Cet article vous est lu par un comédien. Retrouvez
  // …", "Écoutez aussi « Cap à l'Est », notre podcast sur …".
  { reason: "audio player", re: /^cet article vous est lu par\b[^«»"]{0,200}$|^écoutez aussi «[^«»]{1,60}»,?\s(?:notre|le) (?:podcast|émission)\b[^«»]{0,120}$/iu },
  // An interactive chart's and a long read's instructions: "Survolez les courbes pour afficher les valeurs", "Faites
  // défiler pour commencer" (a how-to's steps tell the reader to click and touch).
  // (Behind its label: "Graphique interactif : survolez les barres pour afficher les valeurs.".)
  { reason: "interactive page's instructions", re: /^(?:(?:graphique|carte|infographie|tableau) interacti(?:f|ve)\s?:\s?)?survolez (?:les |la |le |un |une )?(?:courbes?|barres?|points?|graphiques?|cartes?|pays|zones?|régions?|cercles?)\b[^.!?]{0,60}\.?$|^(?:faites défiler|défilez|scrollez)(?: vers le bas)?(?: pour (?:commencer|continuer|lire|découvrir)[^.!?]{0,40})?$/iu },
  // A reading tool's line under the page's address: "ondes-libres.fr · Enregistré le 3 mars 2025 · 6 min de lecture"
  // (the day it was saved, not published).
  { reason: "a clipping tool's fields", re: /^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\s·\s(?:enregistrée?|sauvegardée?|ajoutée?) le\s[^·]{4,40}\s·\s\d{1,3}\s?min(?:utes?)?(?: de lecture)?$/iu },
  { reason: "video player", re: /^(?:vidéo|épisode) suivante? dans \d{1,2}\s?(?:s|sec\.?|secondes?)\s?:\s.{1,160}$/iu },
  // A transcript's notice, "Cette transcription a été générée automatiquement et peut contenir des erreurs." (not how a
  // tool works: "La transcription est réalisée automatiquement en quelques secondes"); a record's link to its video,
  // "Voir la vidéo de la réunion". ("Écouter (4 min)" may be a lesson's step.)
  { reason: "video player", re: /^(?:(?:cette |la )?transcription (?:a été |est )?(?:générée|réalisée|produite) automatiquement\b[^.]{0,40}(?<!\p{L})(?:erreurs?|inexactitudes?|imprécisions?)(?!\p{L})[^.]{0,40}\.?|voir la vidéo (?:de|d['’]) ?(?:la |l['’])?(?:réunion|séance|audition|conférence|intervention|débat|table ronde))$/iu },
  // A charity's reminder under its appeal: "Votre don est déductible à 66 % de votre impôt sur le revenu dans la limite
  // de 20 % de votre revenu imposable.".
  { reason: "donation prompt", re: /^(?:votre|chaque|tout) don (?:est |sera )?(?:déductible|ouvre droit à une réduction d['’]impôt)\b[^«»"]{0,160}$/iu },
  // A call to sponsor an animal or a child, its price a month: "Parrainez un saïga dès 5 € par mois : chaque don finance
  // directement le suivi des troupeaux."
  // (Not the text telling of one: "Parrainez un saïga dès 5 € par mois : le slogan de notre campagne de 2016 a permis …".)
  { reason: "donation prompt", re: /^parrainez (?:un|une|nos|notre)\s[^.!?:]{2,40}\s(?:dès|à partir de|pour) \d{1,3}\s?€(?: par mois|\s?\/\s?mois)?(?:\s?[!.]|\s?:\s?(?:chaque|votre|vos|ce|cet|son) (?:don|dons|soutien|parrainage|geste)\b[^«»"]{0,120})?$/iu },
  // An obituary's prompt to the readers: "Vous souhaitez rendre hommage à un proche ? Déposez un avis de décès sur
  // notre espace dédié.".
  { reason: "death-notice prompt", re: /^(?:vous souhaitez rendre hommage à un proche\s?\?\s?)?(?:déposez|publiez) (?:un|votre) avis de décès\b[^.!?]{0,80}[.!]?$/iu },
  // A photo agency's notice under its series: "Toute reproduction sans autorisation est interdite. Les légendes sont
  // fournies par les photographes …" (a text quoting a museum's panel, "Toute reproduction sans autorisation du musée
  // … est interdite.", names whose; a release's legal box goes on with the law's penalties).
  { reason: "copyright notice", re: /^toute reproduction(?:,? (?:même partielle|totale ou partielle),?)? sans (?:autorisation|accord)(?: préalable)? (?:est )?interdite\.(?:\s(?:les|ces) (?:légendes|photos|images|visuels)\b[^«»"]{0,300})?$/iu, anyLength: true },
  // A photo agency's tools over a series: "Ajouter tout le reportage au panier | Télécharger la planche contact".
  { reason: "the photo agency's tools", re: /^(?:ajouter (?:tout le reportage|la série|toutes les photos) au panier|télécharger la planche(?:-| )contact)(?:\s[|·]\s(?:ajouter (?:tout le reportage|la série|toutes les photos) au panier|télécharger la planche(?:-| )contact))*$/iu },
  // A festival's edition in its masthead, with its place and days: "12e édition – Besançon – du 4 au 11 février 2026"
  // (the event's days, not the page's; a history's "7e édition – Vesoul – du 2 au 9 février 2001 : Cyclo d'or pour …"
  // tells what happened).
  { reason: "the event's edition", re: /^\d{1,3}(?:e|ème|ᵉ) édition\s[–—|·-]\s[^.!?:]{2,80}$/iu },
  // A show's hall and length in its ticket box: "Grande salle · Durée : 2h15 avec entracte" ("Durée : 1 h 52" alone is
  // a film's sheet's).
  { reason: "the event's edition", re: /^[^·|.!?]{2,40}\s[·|]\sdurée\s?:\s?\d{1,2}\s?h\s?(?:\d{2})?(?:\s(?:avec|sans) entracte)?$/iu },
  // A daily's invitation under its article: "Vous avez une question ou un commentaire sur cet article ? Écrivez-nous.".
  // (A children's site's: "Tu as une question sur l'actu ? Écris-nous, on y répondra peut-être dans un prochain article
  // !"; its quiz's button, "Voir la réponse".)
  { reason: "contact prompt", re: /^(?:vous avez|tu as) une (?:question|remarque|précision)(?: ou un commentaire)? (?:sur|à propos de) (?:cet article|ce texte|ce reportage|l['’]actu(?:alité)?)\s?\?\s?(?:écrivez-nous|écris-nous|contactez-nous|faites-le-nous savoir)\b.{0,80}$/iu },
  // (An explainer's: "Vous avez une question sur l'actualité internationale ? Posez-la à notre rédaction, nous y
  // répondrons dans un prochain article.")
  { reason: "contact prompt", re: /^(?:vous avez|tu as) une question (?:sur|à propos de) [^.?!«»]{2,60}\?\s?(?:posez-la|pose-la|envoyez-la|envoie-la) (?:à|a) (?:notre|la) rédaction\b[^«»]{0,100}$/iu },
  { reason: "a quiz's button", re: /^(?:voir|afficher) la (?:bonne )?réponse$/iu },
  // The French foreign ministry's travel advice: its map's link and its legend on one line ("Consulter la carte",
  // "Vigilance normale   Vigilance renforcée   Déconseillé sauf raison impérative   Formellement déconseillé"; alone,
  // "Vigilance renforcée" may be an intertitle or a table's cell) and its service's prompt under its label ("Ariane :
  // Vous voyagez à l'étranger ? Inscrivez-vous sur Ariane pour recevoir …"; without it, a text may report the prompt).
  { reason: "the travel advice's map legend", re: /^(?:consulter la carte|vigilance normale\s{2,}vigilance renforcée\s{2,}déconseillé sauf raison impérative\s{2,}formellement déconseillé)$/iu },
  { reason: "subscription prompt", re: /^ariane\s?:\s?vous voyagez à l['’]étranger\s?\?\s?inscrivez-vous sur ariane pour recevoir\b[^«»]{0,200}$/iu, anyLength: true, needs: "ariane" },
  // A petition's button and count: "Je signe l'action", "12 458 personnes ont déjà agi. Objectif : 20 000".
  { reason: "petition counter", re: /^(?:je signe(?: l['’]action| la pétition)|\d[\d\s\u00a0\u202f]* personnes ont déjà (?:agi|signé)\.?(?:\s?objectif\s?:\s?\d[\d\s\u00a0\u202f]*)?)$/iu },
  // An NGO's own description at the page's foot: "Vigilance Droits Humains est une association indépendante de tout
  // gouvernement, de toute tendance politique …"; a free site's appeal: "Scènes d'Europe est un média indépendant et
  // gratuit. Si cet article vous a été utile, vous pouvez nous aider …".
  // (A foundation "indépendante de tout gouvernement, créée en 1998 …" is the text's subject.)
  { reason: "the site's notice", re: /^\p{Lu}[^.!?«»]{1,60} est une (?:association|organisation|ong|fondation) (?:\p{L}+ )?indépendante de tout gouvernement, de toute (?:tendance|idéologie|orientation) politique\b[^«»]{0,300}$/iu, anyLength: true, needs: "indépendante de tout" },
  { reason: "subscription or donation prompt", re: /^\p{Lu}[^.!?«»]{1,60} est un média indépendant(?: et gratuit)?\.\s[^«»]{0,250}(?<!\p{L})(?:nous (?:aider|soutenir)|faites un don|faire un don)(?!\p{L})[^«»]{0,100}$/iu, anyLength: true, needs: "média indépendant" },
  { reason: "subscription prompt", re: /^recevez nos (?:actions|alertes|appels)(?: urgentes?)?$/iu },
  // An advertisement's sentence closed by its button: "Découvrez la nouvelle collection printemps : jusqu'à -30 % sur une
  // sélection de pièces. J'en profite".
  // (A poem's line may end so: "… la porte ouverte sur la cour. Je découvre", an interview's answer too: "— Le tenge a
  // perdu près de 10 % … J'en profite"; an offer names its price or its issue.)
  { reason: "advertising", re: /^(?![—–-]\s)(?=[^«»]*(?:-\s?\d{1,2}\s?%|\d\s?€|(?<!\p{L})(?:offre|promo|soldes|collection|numéro)(?!\p{L})))[^«»]{10,200}[.!]\s(?:j['’]en profite|je découvre|j['’]achète|je commande)$/iu },
  // Or by a pictograph and an arrow: "🎁 Jusqu'à 100 € remboursés en freebets sur votre 1er pari ➜ J'en profite" (an ad
  // the text quotes has no pictograph).
  { reason: "advertising", re: /^\p{Extended_Pictographic}\uFE0F?\s?(?=[^«»]*(?:-\s?\d{1,2}\s?%|\d\s?€|(?<!\p{L})(?:offre|promo|bonus)(?!\p{L})))[^«»]{10,200}\s[➜→►▶➔]\s(?:j['’]en profite|je découvre|j['’]achète|je commande|je parie)$/iu },
  // A film site's links under a review: "Voir la bande-annonce", "Trouver une séance près de chez moi" (a festival's
  // "Réserver une séance" under them, see classify.ts); its readers' rating: "Note des spectateurs : 3,8/5 (46 votes)".
  { reason: "reader tool", re: /^(?:(?:voir|regarder) la bande-annonce|trouver une séance(?: près de chez (?:moi|vous))?)$/iu },
  { reason: "readers' rating", re: /^note des spectateurs\s?:\s?\d(?:[.,]\d{1,2})?\s?\/\s?(?:5|10|20)(?:\s?\(\d[\d\s\u00a0\u202f]*\s?(?:votes?|avis|notes)\))?$/iu },
  // A recipe's prompt under it: "Vous avez testé cette recette ? Donnez votre note et laissez un commentaire !".
  { reason: "comment prompt or counter", re: /^vous avez (?:testé|essayé|réalisé|aimé) cette recette\s?\?[^«»]{0,100}$/iu },
  // A travel guide's affiliate box: "Comparez les hôtels à Almaty avec notre partenaire et réservez au meilleur prix."
  { reason: "advertising", re: /^comparez (?:les )?(?:hôtels|vols|prix|offres|locations)\b[^.!?«»]{0,80}\bavec (?:notre|nos) partenaires?\b[^.!?«»]{0,60}[.!]?$/iu },
  // A newsletter's pitch, its day first: "Recevez chaque mardi l'essentiel de la transition énergétique …".
  { reason: "subscription prompt", re: /^recevez chaque (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:l['’]essentiel|le meilleur|le résumé|la sélection|nos|notre)\s[^«»]{2,140}$/iu },
  // A site's licence for its data, behind what it is: "Scrutins du monde est un projet associatif. Nos données sont
  // publiées sous licence ouverte et peuvent être réutilisées …".
  { reason: "the site's partners and licence", re: /^(?:[^.!?«»]{2,120}[.!]\s)?nos (?:données|contenus|articles|textes|cartes) (?:sont|peuvent être) (?:publiée?s|diffusée?s|placée?s|mis(?:es)? à disposition) sous licence\b[^«»]{0,200}$/iu, anyLength: true, needs: "sous licence" },
  // A CMS left in English on a French page: "Updated: September 19, 2024, 8:12 AM" (the published day is read in
  // classify.ts), "Reading time: 4 min", "Share this article", "Comments (2)", "Log in to comment".
  { reason: "date line (the update, in English)", re: /^(?:last )?(?:updated|modified)\s*:\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2},?\s+\d{4}(?:,?\s+\d{1,2}:\d{2}(?:\s?[ap]m)?)?$/iu },
  { reason: "reading time", re: /^(?:reading time\s*:\s*\d{1,3}\s*min(?:utes?)?|\d{1,3}\s*min(?:ute)? read)$/iu },
  { reason: "share prompt", re: /^share (?:this|the) (?:article|story|page|post)$/iu },
  { reason: "comment prompt or counter", re: /^(?:comments?\s*\(\d{1,4}\)|(?:log|sign) in to (?:comment|reply)|leave a (?:comment|reply)|post a comment)$/iu },
  // A wire's French page: "Nos standards : les principes de confiance d'Interpresse.", "Acheter les droits de licence",
  // "Les données de marché sont fournies avec un différé d'au moins 15 minutes.".
  { reason: "the agency's notice", re: /^(?:nos standards\s?:\s?les principes de confiance d['’]\s?\S[^.]{0,40}\.?|acheter les droits de (?:licence|reproduction)|les données de marché sont fournies avec un (?:différé|décalage) d['’]au moins \d{1,2} minutes\.?)$/iu },
  // A page's licence: "Le texte est disponible sous licence CC BY-SA 4.0 ; les cartes restent la propriété de l'Atlas
  // des puissances.".
  { reason: "the site's partners and licence", re: /^(?:le |ce )?(?:texte|contenu|article)s? (?:de cette page |de ce site |de cet article )?(?:est|sont) (?:disponibles?|publiée?s?|diffusée?s?|placée?s?) sous (?:la )?licence (?:cc|creative commons)\b[^«»]{0,200}$/iu, anyLength: true, needs: "licence" },
  // A research note's disclaimers: "Les opinions exprimées reflètent le jugement de leurs auteurs à la date de
  // publication et sont susceptibles d'être modifiées sans préavis. …", "Les analystes ayant contribué à ce document
  // certifient que les opinions qui y sont exprimées reflètent fidèlement leur point de vue personnel …".
  { reason: "legal notice", re: /^(?:les opinions (?:exprimées|contenues) (?:dans ce document )?reflètent (?:le jugement|l['’]opinion|le point de vue) de (?:leurs?|son|ses) auteurs? à la date\b|les analystes ayant (?:contribué à|rédigé) ce document certifient\b)[^«»]{0,600}$/iu, anyLength: true, needs: "opinions" },
  // A newsletter's pitch asking first: "Vous souhaitez recevoir chaque matin l'essentiel de l'actualité du transport … ?
  // Inscrivez-vous gratuitement à notre newsletter.".
  { reason: "subscription prompt", re: /^vous (?:souhaitez|voulez|aimeriez) recevoir\b[^?«»]{5,160}\?\s(?:inscrivez-vous|abonnez-vous)\b[^«»]{0,100}$/iu },
  // A financial site's notice: "Cote Finance est un site d'information financière. Les informations publiées ne
  // constituent pas un conseil en investissement …".
  { reason: "legal notice", re: /^[^.«»]{2,60} est un site d['’]information\b[^.«»]{0,60}\.\s(?:les|ces) informations (?:publiées|diffusées|présentées)(?: sur ce site| ici)? ne constituent (?:pas|en aucun cas)\b[^«»]{0,300}$/iu, anyLength: true, needs: "site d" },
  // A subscriber's gift of articles: "Votre abonnement vous permet d'offrir jusqu'à 15 articles par mois", "Abonné, vous
  // pouvez offrir 5 articles chaque mois." (alone: "…, résume la page" reports it).
  { reason: "subscription prompt", re: /^(?:votre abonnement vous permet d['’]offrir|(?:abonnée?,\s)?vous pouvez offrir) (?:jusqu['’]à )?\d{1,3} articles? (?:par|chaque) mois(?: à vos proches)?\.?$/iu },
  // A magazine's note under an article from its print issue: "Cet article est paru dans le numéro 87 du Quai des
  // Nations (juin 2024). Retrouvez-le en kiosque ou en version numérique.", "… dans Panorama n° 3127 du 19 juin 2025.",
  // "… dans l'édition imprimée de Planisphère de janvier 2026.", "Cet article est extrait du numéro 58 d'Horizons
  // géopolitiques, « Asie centrale : le grand rééquilibrage », mars-avril 2025." (its day or month dates the page when
  // nothing else does: see classify.ts). Its issue or edition is named: "… paru dans Le Monde diplomatique de mai 2024"
  // credits a reprint. (Nor one introducing the text, as a translation's: "Cet article est paru dans Orda.kz le 4 mars.
  // Retrouvez ci-dessous ses principaux passages, traduits du russe."; nor a sentence going on: "… en kiosque depuis le
  // 5 mars, et il arrive à point nommé : …", "… daté de mars-avril 2025, mais elle prolonge …".)
  {
    reason: "print edition note",
    re: /^(?=(?:[Cc]et article|[Cc]e texte|[Cc]et entretien|[Cc]ette chronique|[Cc]ette analyse|[Cc]e reportage|[Cc]ette enquête|[Cc]e portrait|[Cc]ette tribune)\s)(?=.{0,220}$)(?!.*(?<!\p{L})(?:ci-dessous|ci-après|tradui(?:t|te|ts|tes)|traduction|passages|extraits)(?!\p{L}))(?=.*(?<!\p{L})(?:n°|numéro|édition|version (?:imprimée|papier)|supplément|notre|daté du|en kiosque)(?!\p{L}))(?!.*(?:\s[:;]\s(?![^«]*»)|,\s(?:et|mais|où|qui|que|dont|car|puis)\s))(?:[Cc]et article|[Cc]e texte|[Cc]et entretien|[Cc]ette chronique|[Cc]ette analyse|[Cc]e reportage|[Cc]ette enquête|[Cc]e portrait|[Cc]ette tribune) (?:est |a été )?(?:parue? dans (?:(?:le |notre |l['’]|la )?(?:n°|numéro|édition|version|supplément|lettre|revue|magazine)|\p{Lu})|(?:extraite?|tirée?) (?:du |de |d['’])\s?(?:n°|numéro|\p{Lu}))[^«»]{0,200}(?:«[^«»]{2,100}»[^«»]{0,100})?$/u,
    anyLength: true,
  },
  // A mailing list's archive (Mailman's pages and digests, in French or English): its links between messages,
  // "Message précédent : …", "Messages triés par : [ date ] [ discussion ] [ sujet ] [ auteur ]"; a digest's notices,
  // "Envoyez vos messages pour la liste Asie-Centrale-FR à", "Pour vous (dés)abonner par le web, consultez", "Si vous
  // répondez, n'oubliez pas de changer l'objet du message …", "Asie-Centrale-FR mailing list", "Fin de Digest …".
  {
    reason: "the mailing list's archive",
    re: /^(?:(?:message précédent|message suivant|messages triés par|previous message|next message|messages sorted by)\s?:.{0,140}|envoyez vos messages pour la liste .{1,60}|send .{1,60} mailing list submissions to|pour vous (?:\(dés\))?abonner (?:ou vous désabonner )?par le web,? consultez|to subscribe or unsubscribe via the world wide web,? visit|ou,? par (?:courriel|e-?mail),? envoyez un message avec .{1,80}|or,? via email,? send a message with .{1,80}|vous pouvez (?:contacter|joindre) l['’]administrateur de la liste à l['’]adresse|you can reach the person managing the list at|[\w.-]{2,40} mailing list|fin de (?:digest|résumé) .{1,80}|end of .{1,60} digest.{0,60}|plus d['’]informations sur la liste de diffusion .{1,60}|more information about the .{1,60} mailing list)$/iu,
  },
  { reason: "the mailing list's archive", re: /^si vous répondez,? n['’]oubliez pas de changer l['’]objet du message\b.{0,200}$/iu, anyLength: true, needs: "objet du message" },
  { reason: "the mailing list's archive", re: /^when replying,? please edit your subject line\b.{0,200}$/iu, anyLength: true, needs: "subject line" },
  // The old web's furniture, on pages of 1995–2012 still online: a visitor counter, "Bienvenue ! Vous êtes le 004817e
  // visiteur depuis le 1er janvier 2000"; a guestbook's and a bookmark's prompts, "Signez mon livre d'or !", "Ajouter ce
  // site à vos favoris"; the screen it was made for, "Ce site est optimisé pour Internet Explorer 5 et Netscape 4.7, en
  // 800x600."; a link's words, "Cliquez ici pour voir les photos du voyage".
  {
    reason: "the old web's furniture",
    re: /^(?:(?:bienvenue\s?!\s?)?vous êtes (?:le|la) \d[\d\s.]*\s?(?:e|è|ème|eme|ᵉ)\s(?:visiteur|visiteuse|visite)\b[^.!?]{0,60}[.!]?|(?:signez|signer|lisez|consultez) (?:mon|notre|le) livre d['’]or\s?!?|ajout(?:er|ez) (?:ce site|cette page) (?:à|a|dans) (?:vos|mes|tes) favoris\s?!?|(?:ce )?site (?:est )?(?:optimisé|conçu) pour [^.!?]{2,80}?(?:\d{3,4}\s?[x×]\s?\d{3,4}|internet explorer|netscape).{0,40}|page optimisée pour [^.!?]{0,60}\d{3,4}\s?[x×]\s?\d{3,4}|cliquez ici pour (?:voir|lire|consulter|télécharger|accéder|revenir|retourner|agrandir)\b[^.!?]{2,60}!?)$/iu,
  },
  // A link to the page in easy-to-read French: "Lire la version FALC (facile à lire et à comprendre)".
  { reason: "navigation link", re: /^(?:lire|voir|consulter) (?:la version|cet article en|l['’]article en) (?:falc|facile à lire)(?:\s\((?:facile à lire et à comprendre|falc)\))?$/iu },
  // An accessibility bar, its settings behind bars: "Accessibilité : Contraste renforcé | Taille du texte A- A A+ | Police
  // adaptée à la dyslexie" (a box's "Accessibilité : salle de plain-pied, …" tells of a place).
  { reason: "reader tool", re: /^accessibilité\s?:\s?(?=[^.!?]*(?:contraste|taille du texte|dyslexie))[^.!?|]{2,60}\s\|\s[^.!?]{2,120}$/iu },
  // A player's button: "▶ Lecture", "► Écouter".
  { reason: "audio player", re: /^[▶►]\uFE0F?\s?(?:lecture|écouter|play)$/iu },
  // A newsletter's menu of the week: "Au menu cette semaine : une fuite géante au Kazakhstan, …" ("Au menu aujourd'hui :
  // …" may open an agenda's day).
  { reason: "e-mail newsletter furniture", re: /^au (?:menu|sommaire) (?:cette semaine|de cette (?:lettre|édition)|de ce numéro)\s?:.*$/iu },
  // A metered paywall's count: "Vous avez lu 2 de vos 3 articles gratuits ce mois-ci."
  { reason: "paywall notice", re: /^vous avez (?:lu|consulté) \d{1,2} (?:de vos|sur|des) \d{1,2} articles? (?:gratuits?|offerts?)(?: ce mois-ci| cette semaine)?\.?$/iu },
  // A newsletter's prompt over its field: "Recevez nos analyses sur l'Asie centrale chaque mois" (its rhythm or the
  // mailbox named: "Recevez nos analyses sectorielles …" may list a club's benefits).
  { reason: "subscription prompt", re: /^recevez (?:nos|notre|toutes nos) (?:analyses|articles|actualités|newsletters?|lettres?|infos|informations|décryptages)\b[^.!?:]{0,80}(?:chaque (?:mois|semaine|jour|matin)|par (?:e-?mail|courriel)|dans votre boîte)[^.!?:]{0,30}$/iu },
  // A link to the report's other language: "Lire la synthèse en anglais".
  { reason: "download links", re: /^(?:lire|télécharger|consulter) (?:la synthèse|le résumé|le rapport|la version|la note) (?:en|in) (?:anglais|russe|kazakh|english|русском)$/iu },
  // Customers' reviews' rating, their reviews checked, or behind their label: "Note moyenne : 4,8/5 – 212 avis
  // vérifiés", "Avis de nos voyageurs 4,8/5 – 37 avis" (an app's "4,9/5 – 310 000 avis" is a fact).
  { reason: "customers' reviews", re: /^(?:(?:note moyenne\s?:?\s?)?\d[,.]\d\s?\/\s?5\s?[–—·|(-]\s?\d[\d\s\u202f]*\s?avis (?:vérifiés|clients)\)?|(?:les )?avis (?:de nos|des) (?:voyageurs|clients|élèves|participants|stagiaires|acheteurs)\s?:?\s?\d[,.]\d\s?\/\s?5\s?[–—·|(-]\s?\d[\d\s\u202f]*\s?avis\)?)$/iu },
  // A link to the site's shop closing an offer of prints: "Tirages disponibles en édition limitée (30 exemplaires),
  // signés et numérotés – voir la boutique".
  { reason: "a link to the site's shop", re: /^(?:tirages?|reproductions?|affiches?|posters?)\b[^.!?]{2,160}\s[–—-]\s(?:voir|visiter|découvrir) (?:la|notre|ma) boutique\.?$/iu },
  // A menu whose items lost their separators, naming the site's pages: "Nos destinations Voyages en groupe Voyages sur
  // mesure Carnets de route Qui sommes-nous ? Espace client" (not a headline, "Mon compte Kaspi : comment …", nor a
  // quotation).
  { reason: "navigation menu or tag list", re: /^(?![^]*[.!]$)(?![^]*[:«»"])(?!(?:Qui sommes-nous|Espace|Mon compte|Nous contacter|Contactez-nous)\s(?!\s))(?=(?:\S+\s+){5})(?=(?:[^]*?(?:^|\s)\p{Lu}){4})(?=[^]*(?:^|\s)(?:Qui sommes-nous\s?\?|Espace (?:client|adhérent|membre|élève|pro)|Mon compte|Nous contacter|Contactez-nous)(?:\s|$))[^]{20,200}$/u },
  // A link back to the list the page belongs to: "« Retour à la liste des communiqués" ("« Retour aux sources » : …" is
  // a headline).
  { reason: "navigation menu or tag list", re: /^[«‹<]{1,2}\s?retour (?:à la liste|à l['’]index|au sommaire|aux (?:actualités|communiqués|articles|résultats|lettres|nouvelles))\b[^.!?»]{0,50}$/iu },
  // A video's description: the channel's prompts, "🔔 Abonne-toi et active la cloche pour ne rater aucun épisode !", "☕
  // Soutenir la chaîne : https://fr.tipeee.com/…", "💛 Soutenez la chaîne sur Tipeee : tipeee.com/…", its music's
  // library, "🎵 Musique : Epidemic Sound", and the transcript's panel, "Suivez la transcription de la vidéo en cliquant
  // sur le bouton ci-dessous." / "Afficher la transcription" (the emoji before them: see furniturePhraseReason).
  { reason: "subscription prompt", re: /^(?:abonne-toi|abonnez-vous)(?: à la chaîne)?(?:,| et) (?:active|activez) (?:la cloche|les notifications)\b[^.]{0,80}[.!]?$/iu },
  { reason: "donation prompt", re: /^(?:soutenir|soutenez|soutiens) (?:la chaîne|le podcast|l['’]émission|notre travail|mon travail)(?: sur (?:tipeee|patreon|utip|ko-fi|paypal|helloasso))?\s?:\s?(?:https?:\/\/)?[\w.-]+\.[a-z]{2,}\S*$/iu },
  { reason: "a video's music", re: /^(?:musiques?|music)\s?:\s?(?:epidemic sound|artlist|musicbed|uppbeat|audio network|bibliothèque audio (?:de )?youtube|youtube audio library)$/iu },
  { reason: "video player", re: /^(?:(?:afficher|masquer) la transcription(?: complète| intégrale)?|suivez la transcription de la vidéo en cliquant sur le bouton ci-dessous\.?)$/iu },
  // A short video's sound under its caption, behind its note: "♬ son original - Géopolitik en 60s" (see classify.ts for
  // another sound; "♬ Kurmangazy – Sary-Arka" in a concert's programme is a piece).
  { reason: "a video's sound", re: /^♬\s?(?:son original|original sound|sonido original|suono originale|som original)\s?[-–—]\s?\S.{0,100}$/iu },
  // A post's link to its site: "👉 Toute l'actu sur notre site : qazaqdiplo-fr.kz/actualites".
  { reason: "link to the site", re: /^(?:[\p{Extended_Pictographic}\uFE0F]+\s*)?(?:retrouvez )?(?:toute l['’]actu(?:alité)?|toutes nos actualités|plus d['’]infos?) sur notre (?:site|chaîne|application)(?:\s*:?\s*\S+)?$/iu },
  // An embedded social post's tools: "Voir cette publication sur Instagram", "Publication partagée par …",
  // "pic.twitter.com/…" alone. (Its author and
  // date, "— Akorda (@akorda_press) 4 mars 2024", credit the post quoted: see classify.ts.)
  {
    reason: "embedded social post",
    re: /^(?:voir cette publication sur \p{L}+|(?:une )?publication partagée par .*|un post partagé par .*|pic\.twitter\.com\/\S+|view this post on instagram|a post shared by .*)$/iu,
  },
  // An image file name left by the scraper: "IMG_2034.jpg", "tokaiev-astana-1200x800.webp".
  { reason: "image file name", re: /^\S+\.(?:jpe?g|png|gif|webp|svg|avif)$/iu },
  // "Publicité", "Advertisement", "Sponsorisé", "Contenu sponsorisé", "ANNONCE PARTENAIRE"; the label before its
  // advertiser's name and words: "Publicité – Airtel Money : envoyez de l'argent …" ("Publicité – le kazakh d'abord sur
  // les enseignes", "Publicité – Votre marque est-elle prête … ?" are intertitles).
  // ("Contenu sponsorisé" opens the advertisers' links: see TEASER_OPENER_RE.)
  { reason: "advertising", re: /^(?:[—–-]+\s?(?:fin de la )?publicité\s?[—–-]+|publicité|pub|advertisement|passer la publicité|fermer la publicité|(?:la )?publicité se termine dans.*|annonces? (?:partenaires?|sponsorisées?)|espace (?:partenaire|publicitaire)|publicité\s*[-–—:]\s*continuez (?:à|votre) (?:lire|lecture)(?: ci-dessous)?|la suite (?:de l['’]article )?après (?:cette|la|l['’]) ?(?:annonce|publicité)|publicitat|publicidad|publicité\s[-–—|]\s\p{Lu}[^:]{1,40}\s:\s\S.{10,160})$/iu },
  // An ad under its label, its advertiser's or its product's name, its call at the end: "Publicité – Le Lac des cygnes,
  // Palais des congrès, du 26 décembre au 5 janvier – Réservez" ("Publicité – un spot de 30 secondes … – Découvrez"
  // lists a campaign's parts).
  { reason: "advertising", re: /^(?:[Pp]ublicité|PUBLICITÉ)\s[-–—|]\s\p{Lu}.{10,160}\s[-–—]\s(?:[Rr]éserve[rz]|[Jj]e réserve|[Jj]['’]en profite|[Pp]rofitez-en|[Dd]écouvr(?:ir|ez)|[Ee]n savoir plus|[Aa]chete[rz]|[Cc]ommande[rz]|[Bb]illetterie)\s?[!.›>→]?$/u },
  // A video player's controls and chapters: "Regarder la vidéo", "Lecture 02:15", "Sous-titres", "00:52 Le Bélarus…",
  // "Votre vidéo commence dans 5 s", after its advertisement's label ("Publicité – votre vidéo commence dans 5
  // secondes"); the label over an embedded video, "À voir en vidéo"; an audio player's button with its length, "Écouter
  // (2 min 04 s)" (to the second: "Écouter (3 min)" may be a lesson's step).
  {
    reason: "video player",
    re: /^(?:(?:activer|désactiver) le son|(?:regarder|voir|lire|revoir) (?:la|cette) vidéo|chargement du lecteur(?:\s*(?:\.{3}|…))?|(?:une |la |notre )?vidéo à (?:voir|regarder|découvrir) ci-dessous|(?:regardez|voir) (?:la|notre) vidéo ci-dessous|(?:publicité\s?[-–—:|]\s?)?(?:votre )?(?:la )?vidéo (?:commence|démarre|reprend) dans \d{1,2}\s?(?:s|sec\.?|secondes?)|écouter(?:\s*[-–:]?\s*\d{1,2}:\d{2}(?::\d{2})?|\s*\(\d{1,2}\s?min\s?\d{1,2}\s?s\))?|\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?|vitesse(?: de lecture)?(?:\s*:?\s*\d(?:[.,]\d{1,2})?\s?[x×])?|\d(?:[.,]\d{1,2})?\s?[x×]|votre navigateur ne (?:supporte|prend) pas (?:en charge )?(?:la lecture de )?(?:cette|la|les) (?:vidéos?|audio|balise vidéo|fichiers? audio).*|(?:regarder|suivre) .{1,40} en direct|(?:lecture|durée|vidéo)\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}:\d{2}(?::\d{2})?|sous-titres|chapitres|plein écran|(?:regarder|passer|afficher) en plein écran|pour (?:visionner|regarder|lire) cette vidéo,? (?:veuillez|vous devez) activer javascript.*|vidéo suivante|lecture automatique|(?:à )?voir (?:aussi |également )?en vidéo|copier(?:\/coller)? le (?:lien|code) (?:embed|d['’]intégration).*|copy|embed)$/iu,
  },
  // A synthetic voice's notice under the player: "Lecture audio générée par synthèse vocale. En savoir plus …"; a
  // video's length spelled out for screen readers: "Durée de 2 minutes 14 secondes   2:14".
  {
    reason: "video player",
    re: /^(?:(?:lecture|version) audio générée (?:par|avec) (?:une )?(?:synthèse vocale|voix de synthèse|l['’]ia|intelligence artificielle)\b.{0,200}|durée de \d{1,3} (?:minutes?|secondes?)(?: \d{1,2} secondes?)?\s+\d{1,2}:\d{2}(?::\d{2})?)$/iu,
  },
  // A player's link to a programme, its verb in capitals: "▶ REGARDER   Le JT de 13 heures" ("► Écouter : l'orchestre…"
  // in a list of events is the text's).
  { reason: "video player", re: /^(?:[▶►]\s*)?(?:REGARDER|REVOIR|ÉCOUTER|RÉÉCOUTER)(?:\s{2,}|\s*:\s*)\S.{0,60}$/u },
  // "▶ VIDÉO – Le kokpar expliqué en 90 secondes", "▶ VIDÉO  Les plus belles images de la saison": the player's title
  // after its arrow (after two spaces, a short one: "▶ VIDÉO  Jean-Noël Barrot à Astana : « … »" heads a video page).
  { reason: "video player", re: /^[▶►]\s*(?:VIDÉO|VIDEO)(?:\s*[–—:-]\s*\S.{0,100}|\s{2,}\S[^:]{0,60})$/u },
  // Or with its length in brackets, under ten minutes: "VIDÉO - Les plus beaux points de Bublik face à Draper (1:42)",
  // "Vidéo : au Kazakhstan, un référendum … (01:54)"; a trailer's with its length after a dash: "Bande-annonce - Les
  // Chevaux de Kegen (VOSTFR) - 2:07" (a programme's items give their hours: "Vidéo – « … » (20:00)").
  { reason: "video player", re: /^(?:VIDÉO|VIDEO|Vidéo|Video)\s?[–—:-]\s\S.{4,120}\s\(0?\d:[0-5]\d\)$/u },
  { reason: "video player", re: /^bande-annonce\s?[–—:-]\s\S.{2,120}\s[–—-]\s0?\d:[0-5]\d$/iu },
  // A helpline's banner over a page on violence against women, and the site's button to leave it at once: "Violences
  // conjugales : en cas de danger, appelez le 17. Pour être écoutée et conseillée, appelez le 3919 …", "Quitter le site
  // rapidement".
  { reason: "the site's helpline banner", re: /^violences (?:conjugales|sexuelles|faites aux femmes)\s?:\s?en cas de danger,? appelez le 17\s?[.;]\s[^«»"]{0,200}$/iu, anyLength: true, needs: "appelez le 17" },
  { reason: "the site's helpline banner", re: /^quitter (?:le|ce) site (?:rapidement|immédiatement)$/iu },
  // A health site's notice: "Les informations publiées sur ce site sont destinées à l'information du public et ne
  // remplacent en aucun cas une consultation médicale."
  { reason: "legal notice", re: /^(?:les|ces) (?:informations|contenus?)(?!.*(?<!\p{L})(?:précise|indique|rappelle|souligne|explique|insiste|selon|affirme)(?!\p{L}))(?: publiée?s| présentée?s| proposée?s| diffusée?s)?(?: sur ce site| dans cet article| ici)?[^.«»"]{0,80}\sne (?:remplacent|sauraient remplacer|se substituent)\s(?:en aucun cas |pas |jamais )?(?:à )?(?:une?|la|le|l['’]) ?(?:consultation|avis|diagnostic)\b[^«»"]{0,120}$/iu, anyLength: true, needs: "ne " },
  // A page copied with its lines run together: its related links glued after their label, "Sur le même sujet Arménie :
  // Erevan gèle … Lecture 4 min Chine-Russie : …", its footer's links glued after its name, "Le Continental Qui
  // sommes-nous ? Mentions légales Charte déontologique Conditions générales …".
  { reason: "link to another article", re: /^sur le même sujet\s\p{Lu}(?=.*(?<!\p{L})lecture \d{1,2} min(?!\p{L})).{10,600}$/iu, anyLength: true, needs: "sur le même sujet" },
  { reason: "copyright footer", re: /^[^.!?«»"]{0,40}(?:qui sommes-nous\s?\?|contact)\s(?:mentions légales|conditions générales|politique de confidentialité|charte)\b(?:\s(?:mentions légales|charte [\p{L}]+|conditions générales(?: d['’]utilisation| de vente)?|politique de confidentialité|cookies|contact|plan du site|publicité|nous contacter))+[^.!?«»"]{0,60}$/iu, anyLength: true, needs: "mentions légales" },
  // A gallery's counter over its pictures: "Photo 1/6".
  { reason: "layout label", re: /^(?:photo|image)\s\d{1,3}\s?\/\s?\d{1,3}$/iu },
  // An embedded post's day and its link: "7 oct. 2024 · Voir sur X".
  { reason: "a social network's buttons and counters", re: /^\d{1,2}(?:er)? \p{L}{3,9}\.? \d{4}\s?·\s?voir sur (?:x|twitter|instagram|facebook|threads|bluesky|linkedin)$/iu },
  // A player's link to the live programme: "▶ ÉCOUTER LE DIRECT", "▶ Regarder le direct", maybe with the programme on
  // air ("▶ ÉCOUTER LE DIRECT   Les Matins de la Vallée – Gilles Rey"; "Suivre en direct" alone may be an intertitle).
  { reason: "video player", re: /^(?:[▶►]\s*(?:[ÉéE]couter|[Rr]egarder|[Ss]uivre) (?:le|en) direct|(?:[▶►]\s*)?(?:ÉCOUTER|REGARDER|SUIVRE) (?:LE|EN) DIRECT)(?:\s{2,}\S.{0,80})?$/u },
  // A report's player: "▶ Écouter   Le reportage de Lucie Martinon   1 min 48 s", "▶ Regarder le reportage   02:14", "▶
  // Écouter le reportage (1'48)", "▶ Écoutez le reportage de Laurent Castellini   1:32", "▶ Écouter le reportage de
  // Julie Tremblay (2:14)" (a programme's "▶ Regarder le reportage « Les nomades d'Astana »   20:00" or "… (20:50)"
  // gives its hour).
  { reason: "video player", re: /^[▶►]\s*(?:[ÉéE]coute[rz]|[Rr]egarde[rz]|[Vv]oir)(?:\s{2,}\S.{0,80}?\s{2,}\d{1,3}\s?min(?:\s?\d{1,2}\s?s)?|\s(?:le reportage|la vidéo|l['’]extrait|la séquence)(?:\sde\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})?(?:\s{2,}\d{1,2}:\d{2}|\s\(\d['’:]\d{2}\)))$/u },
  // A broadcaster's pointer to its programme: "Retrouvez le reportage complet dans l'édition du JT de 20 heures.",
  // "Vidéo : Le JT de 19h en intégralité" ("Vidéo : Le reportage de …" credits; "Vidéo : le journal de bord d'une
  // candidate" is an intertitle).
  { reason: "video player", re: /^vidéo\s*:\s*(?:le|la|l['’])\s?(?:jt|journal|édition)\s(?:de\s)?\d{1,2}\s?h\b.{0,40}$/iu },
  { reason: "video player", re: /^retrouvez (?:le reportage|l['’]intégralité de (?:l['’]émission|l['’]entretien|l['’]interview)|l['’]émission|l['’]entretien)(?: complet| en intégralité)? dans (?:l['’]édition|le journal|le jt|notre (?:édition|journal|émission))\b[^.!?]{0,60}\.?$/iu },
  // A layout label printed above a box or a gallery: "ENCADRÉ", "Infographie", "Diaporama".
  { reason: "layout label", re: /^(?:encadré|infographie|diaporama|galerie(?: (?:de )?photos?)?|en images|podcast|vidéo)(?:\s*\(\d{1,4}\)|\s*[:·-]\s*\d{1,4} (?:photos|images|vidéos))?$|^\[(?:diaporama|galerie(?: photos?)?)\s*:\s*\d{1,4} (?:photos|images)\]$/iu },
  // The page's documents with their sizes: "Disponible au format PDF (2,4 Moctets)", "Synthèse du rapport (412
  // Koctets)" (an application's "(412 Mo)" is its size in a list).
  { reason: "the page's documents", re: /^\S.{2,80}\s\(\d+(?:[.,]\d+)?\s?[kKmM]octets\)$/u },
  // A blog's footer under the post (WordPress): "Ce billet a été publié dans Analyses, Asie centrale et étiqueté
  // Kazakhstan, OET. Bookmarquez le permalien." (without its permalink, "Cet article a été publié dans Le Monde…"
  // credits the text).
  {
    reason: "blog's footer (categories and tags)",
    re: /^(?:(?:ce billet|cet article|cette entrée) a été publiée? dans .{1,300}\bbookmarquez le permalien\.?|bookmarquez le permalien\.?)$/iu,
  },
  // The label of a social network's comments box: "Plug-in Commentaires Facebook".
  { reason: "comment prompt or counter", re: /^plug-?in (?:de )?commentaires facebook$/iu },
  // An old webzine's link to its forum under the text: "Réagir dans le forum".
  { reason: "comment prompt or counter", re: /^réagir (?:dans le|sur le|au) forum$/iu },
  // A newsletter's prompt over its form, behind a question to the reader: "Vous souhaitez exporter au Kazakhstan ?
  // Recevez chaque semaine nos appels d'offres et nos alertes marchés."
  { reason: "subscription prompt", re: /^[^.?!«»]{2,80}\?\s+recevez (?:chaque (?:semaine|jour|matin|soir|mois)|gratuitement) (?:nos|notre)\s[^«»]{2,100}$/iu },
  // A page's own counters: "Vues : 1 347", "Lu : 1 208", "1 347 vues", "Lu 212 fois", a video's "61 207 vues  il y a 3
  // semaines #Kazakhstan".
  { reason: "view counter", re: /^(?:(?:vues|lectures|views|lu)\s*:\s*\d[\d\s\u00a0\u202f.,]*|nombre de (?:visites|vues|lectures)\s*:\s*\d[\d\s\u00a0\u202f.,]{2,}|(?:vues|lectures|views)\s*[\d\s\u00a0\u202f.,]+|[\d\s\u00a0\u202f.,]+\s*(?:vues|lectures|views)|lu \d{1,3}(?:[\s\u00a0\u202f]\d{3})? fois|\d[\d\s\u00a0\u202f.,]*[kKM]?\s+vues\s{2,}il y a\s\d+\s\p{L}+(?:\s{2,}(?:#[\p{L}\p{N}_]+\s*)+)?)$/iu },
  // A video's link with its length: "▶ Vidéo - Le Kazakhstan, médiateur discret entre Moscou et Kiev ? 02:14" (a
  // programme's "▶ Vidéo : « … », documentaire inédit 20:55" gives its hour); the article read aloud: "▶ Écouter
  // l'article (1 min 45)", "▶ Écouter cet article (6:12)", "▶ Écouter l'article    00:00 / 05:42    Télécharger MP3",
  // "🎧 Écouter l'article · 4 min 12 s"; a webinar's "▶ Regarder le replay (1 h 28 min)".
  { reason: "video player", re: /^(?:[▶►]\s*vidéo\s[-–—]\s\S.{4,150}\s\d{1,2}:\d{2}|[▶►]\s*vidéo\s?\|\s?\S.{4,150}\s\(\d{1,2}:\d{2}\)|[▶►🔊]\s*écouter (?:l['’]|cet )article\s*\((?:\d{1,2}\s?min(?:\s?\d{1,2})?|\d{1,2}:\d{2})\)|[▶►]\s*regarder (?:le replay|l['’]enregistrement)(?:\s*\(\d{1,2}\s?h(?:\s?\d{1,2}\s?min)?\)|\s*\(\d{1,3}\s?min\))?|[▶►🔊🎧]\s*écouter (?:l['’]|cet )article\s?·\s?\d{1,2}\s?min(?:\s\d{1,2}\s?s)?|[▶►🔊]\s*écouter (?:l['’]|cet )article\s{2,}0?0:00\s?\/\s?\d{1,2}:\d{2}(?::\d{2})?(?:\s{2,}télécharger(?: le)?(?: fichier)?(?: MP3| audio)?)?)$/iu },
  // A player's controls, at its start: "▶  00:00 / 52:14        1x   ↺ 15   ↻ 30   ⬇   ⋯" ("09:30 / 12:30    Dépôt des
  // demandes" gives opening hours).
  { reason: "video player", re: /^[▶►⏵]?\s*0?0:00\s?\/\s?\d{1,2}:\d{2}(?::\d{2})?(?:\s{2,}\S.{0,80})?$/u },
  // A programme's podcast and the platforms to hear it on: "Le journal de 18h en podcast — disponible sur Spotify,
  // Deezer et Apple Podcasts" ("Le film est également disponible sur YouTube." is the text's).
  { reason: "the podcast's notices", re: /^.{0,60}\bdisponibles? sur (?:spotify|deezer|apple podcasts|google podcasts|podcast addict)(?:(?:,\s|\set\s)(?:spotify|deezer|apple podcasts|google podcasts|podcast addict))+\.?$/iu },
  // A podcast's notices: "Transcription de l'épisode disponible pour les membres Soutien.", "💬 Une question, une
  // remarque ? Écrivez-nous à …".
  { reason: "the podcast's notices", re: /^(?:(?:la )?transcription(?: de l['’](?:épisode|émission|entretien))? (?:est )?(?:disponible|réservée?) (?:pour|aux) (?:les )?(?:membres|abonnés|soutiens)\b.{0,40}|(?:[\p{Extended_Pictographic}\uFE0F]+\s*)?(?:une question|des questions|une remarque|une suggestion)[^.!?]{0,40}\?\s*(?:écrivez|contactez)-nous\b.{0,80})$/iu },
  // A video's transcript's music: "[Musique]" (a speech's "[Applaudissements]" is its record); a description's fold:
  // "...moins".
  { reason: "the video's transcript and description tools", re: /^(?:\[(?:musique|music)\]|(?:\.\.\.|…)\s?(?:moins|plus))$/iu },
  // A note of the article's funding, one sentence: "Cet article a été rendu possible grâce à l'Initiative de
  // journalisme local, financée par le gouvernement du Canada.", "Ce reportage a été réalisé avec le soutien du Fonds
  // …" ("Ce reportage a été réalisé grâce à une quarantaine d'entretiens" says how; "Ce contenu a été produit avec le
  // soutien de …, reconnaît la chaîne" reports).
  { reason: "the article's funding notice", anyLength: true, re: /^(?:cet article|ce reportage|cette enquête) a été (?:rendu possible grâce (?:à|au|aux)|réalisée? avec le (?:soutien|concours) d[eu'’])\s?(?!.*,\s(?:reconna\p{L}+|expliqu\p{L}+|précis\p{L}+|indiqu\p{L}+|affirm\p{L}+|assur\p{L}+|selon)(?!\p{L}))[^.!?]{3,200}\.?$/iu },
  // A print issue's number after the paper's kind: "Hebdo n° 2841" ("Numéro 12" alone, "Lettre n° 2" may head a
  // section).
  { reason: "the issue's number", re: /^(?:hebdo|quotidien|magazine|mensuel)\s+(?:numéro|n[°o])\s?\d{2,5}$/iu },
  // Hashtags left by a site's tag bar: "#Kazakhstan #Ouzbékistan #AsieCentrale".
  { reason: "hashtags", re: /^(?:#[\p{L}\p{N}_]+[\s,]*){2,}$/u },
  // A news agency's desk initials closing a dispatch: "gkg/pz/bds", "lfe/cds" (with the agencies named, "ats/afp/jvia"
  // credits them: see classify.ts).
  { reason: "agency desk initials", re: /^(?!.*(?<![a-z])(?:ats|afp|ap|reuters|dpa|ansa|belga|sda)(?![a-z]))[-–]?\s*[a-z]{2,4}(?:-[a-z]{2,4})?(?:\/[a-z]{2,4}(?:-[a-z]{2,4})?){1,5}$|^[A-Z]{2,4}(?:\/[A-Z]{2,4}){1,5}(?:\s+[\d.:\/]+){1,3}(?:\s+[A-Z]{2,4})?$/u },
  // The end mark of an agency's dispatch: "— FIN —", "(FIN)", "-30-".
  { reason: "end of the dispatch", re: /^(?:[—–-]+\s*fin\s*[—–-]+|\(fin\)|fin|-30-|###|\[fin(?: de la traduction(?: automatique)?| du texte| de l['’]article)?\])$/iu },
  // An agency's notice of what its site gives of its wire: "Seule une partie des dépêches, que l'Agence Anadolu diffuse
  // à ses abonnés via …, est diffusée sur le site de l'AA, de manière résumée. Contactez-nous …".
  { reason: "the agency's notice to its subscribers", re: /^seule une partie des (?:dépêches|informations|contenus)\b[^.]{0,200}\babonnés\b[^.]{0,200}\b(?:est|sont) (?:diffusée?s?|publiée?s?|reprise?s?) sur (?:le|ce|son|notre) site\b.{0,300}$/iu, anyLength: true },
  // "Les opinions exprimées n'engagent que leur auteur" (or "leur autrice", "… et ne reflètent pas la position
  // officielle du Parlement européen"); "Les propos tenus lors de cette conférence n'engagent que leurs auteurs.
  // Conférence organisée sous la règle de Chatham House …".
  {
    reason: "disclaimer or citation notice",
    re: /^les (?:opinions|propos|points de vue|lettres|courriers|tribunes) (?:(?:exprimée?s?|tenus)(?:\slors d(?:e (?:cette|la|ce)|['’](?:une?|cette))\s(?:conférence|rencontre|table ronde|réunion|séance|débat|colloque|séminaire|événement)|\s(?:dans|sur|ici)(?:\s(?:ce|cet|cette|ces|le|les)\s(?:texte|article|tribune|blog|site|pages?|rubrique|note|publication|billet|chronique|édito|éditorial|lettre|analyse|commentaire)s?)?)?|publiée?s(?: ici| sur ce site| dans (?:cette|ces) (?:rubrique|pages?))?) n['’]engagent que (?:la responsabilité (?:de |des |du |d['’])?)?(?:leurs?|son|ses|l['’])? ?(?:auteur(?:e|s|es|rice|rices)?|autrices?)(?:,?\s+et ne (?:reflètent|représentent|engagent) (?:pas|en aucun cas|nullement) [^.!?]{1,120}|\s+et non (?:celles? |la position )?(?:de |du |des |d['’])?(?:l['’]|la |le |les )?[^.!?,]{1,60})?(?:\.?$|\.\s+(?=.*(?:écrivez-nous|[\w.-]+@[\w-]+\.\p{L}{2,}|règle de Chatham House)).{1,300}$)|^seul(?:e)? (?:le|la) (?:prononcé|version prononcée|texte prononcé) fait foi\.?$/iu,
    anyLength: true,
  },
  // A press release's legal notices, as its distributor prints them: "Le présent communiqué contient des déclarations
  // prospectives…", "Le texte du communiqué issu d'une traduction ne doit d'aucune manière être considéré comme
  // officiel…".
  {
    reason: "the press release's legal notice",
    re: /^(?:le présent communiqué (?:de presse )?contient des (?:déclarations|informations) prospectives\.\s.*|(?:le présent|ce) communiqué (?:de presse )?contient des (?:informations et déclarations|déclarations et informations) prospectives\s.*|le texte du communiqué issu d['’]une traduction ne doit d['’]aucune manière être considéré comme officiel\b.*)$/iu,
    anyLength: true,
  },
  // An encyclopedia's cross-references under its entry, the entry's name in capitals: "« NAZARBAÏEV NOURSOULTAN (1940- )
  // » est également traité dans :" (a blog's « La Voie d'Abaï » is its own list's). Without the i flag: with it, \p{Ll}
  // would match capitals too.
  { reason: "encyclopedia page furniture", re: /^«\s?[^«»\p{Ll}]{2,120}\s?»\s(?:est|sont)\s(?:également|aussi)\s[Tt]raitée?s?\sdans(?:\s?:)?$/u },
  // An encyclopedia's page furniture: "Un article de Wikipédia, l'encyclopédie libre.", "Portail de la Turquie", its
  // tabs ("Page du portail   Discussion"), a day page's pager ("← 23 octobre 2024 | 25 octobre 2024 →"); copied from
  // its phone app, "Dernière modification il y a 12 jours par …", "Pages associées" and "Le contenu est disponible sous
  // licence CC BY-SA 4.0 sauf mention contraire.".
  {
    reason: "encyclopedia page furniture",
    re: new RegExp(String.raw`^(?:un article de wiki(?:pédia|news).*|un article de \p{Lu}[\p{L}-]{2,30}, l['’]encyclopédie libre\.?|${WIKI_TABS}|←\s?\S.{2,40}\s\|\s\S.{2,40}\s?→|articles? (?:détaillés?|principal|principaux|connexes?)\s*:.{1,200}|pour les articles homonymes,.{0,200}|(?:${WIKI_FOOTER_LINKS}|déclaration sur les témoins \(cookies\))(?:\s+(?:${WIKI_FOOTER_LINKS})){2,}|de wiki(?:pédia|news|source|voyage)(?:,.{0,60})?|(?:la )?dernière modification de cette page.{0,80}|dernière modification il y a \d{1,3} (?:minutes?|heures?|jours?|semaines?|mois|ans?)(?: par \S.{0,40})?|pages associées|le contenu est disponible sous licence (?:cc|creative commons)\b.{0,80}|«\s?[^«»\p{Ll}]{2,120}\s?»\s(?:est|sont)\s(?:également|aussi)\straitée?s?\sdans(?:\s?:)?|à propos de wiki(?:pédia|news|media)|avertissements|version mobile|développeurs|(?:portail|portal)(?: de| des| du| d['’])\s?\S.{0,60}|droit d['’]auteur\s*:.*licence.*|.*creative commons.*licen[cs]e.*|.*licen[cs]e creative commons.*)$`, "iu"),
  },
  // An academic news site's notices around its author's box: the declaration of interests in its set words ("Dinara
  // Ospanova ne travaille pas, ne conseille pas, ne possède pas de parts, ne reçoit pas de fonds d'une organisation …"),
  // its partners ("Voir les partenaires de …"; their funding, see classifyLines), its licence's badge ("CC BY ND") and the call to republish ("Nous croyons à la libre
  // circulation de l'information. Reproduisez nos articles gratuitement, …"); its appeal, however long, closing on
  // "Si vous appréciez notre travail, soutenez-nous par un don." (not quoted).
  { reason: "the author's declaration of interests", re: /^[^.!?«»"]{2,80}\sne travaille pas, ne conseille pas, ne possède pas de parts, ne reçoit pas de fonds\b.*$/iu, anyLength: true, needs: "ne conseille pas" },
  {
    reason: "the site's partners and licence",
    re: /^(?:voir les partenaires (?:de|d['’]|du)\s?\p{Lu}[^.!?]{0,60}|cc[ -]by(?:[ -](?:nc|nd|sa)){0,3}(?:\s\d\.\d)?|nous croyons à la libre circulation de l['’]information\.\s+reproduisez nos articles\b.*)$/iu,
    anyLength: true,
  },
  { reason: "subscription or donation prompt", re: /^(?!.*[«“"])(?:.*[.!?]\s+)?si vous (?:appréciez|aimez) (?:notre travail|nos articles|nos contenus),\s?soutenez-nous\b[^.!?]{0,40}[.!]?$/iu, anyLength: true, needs: "soutenez-nous" },
  // A volunteers' site's appeal, however long: "Vous avez aimé cet article ? Caravanes est une association : toute notre
  // rédaction est bénévole. Pour continuer …, nous avons besoin de vous.", "Cet article vous a été utile ? …".
  { reason: "subscription or donation prompt", re: /^(?!.*[«“"])(?:vous avez aimé cet article|cet article vous a (?:plu|été utile))\s?\?\s.*(?<!\p{L})(?:besoin de vous|faites un don|par un don|adhérez)(?!\p{L}).*$/iu, anyLength: true, needs: "cet article" },
  // A wire agency's notice under its dispatch: "Sur le site de l'Agence Yıldız, seule une partie des nouvelles diffusées
  // aux abonnés via le Système de diffusion d'informations … est publiée, de manière résumée. …".
  { reason: "the agency's notice", re: /^sur le site de l['’]agence [^,]{1,60}, seule une partie des (?:nouvelles|dépêches|informations|actualités) diffusées aux abonnés (?:via|par) (?:le|son) système de diffusion\b[^.]{0,120}(?:est|sont) publiée?s?(?!\p{L}).*$/iu, anyLength: true },
  // A local news site's buttons under the byline, on one line: "Voir mon actu   Suivre ce média" (one a line, see
  // classifyLines).
  { reason: "the site's follow buttons", re: new RegExp(String.raw`^(?:${FOLLOW_BUTTONS})(?:\s{2,}(?:${FOLLOW_BUTTONS}))+$`, "iu") },
  // A shop's button under a product: "Ajouter au panier".
  { reason: "the shop's buttons", re: /^(?:ajouter au panier|acheter maintenant|en rupture de stock|voir le produit)$/iu },
  // A book's availability and its price in a publisher's shop: "Disponible en librairie et en version numérique (14,99
  // €)", "En stock – expédié sous 48 h".
  { reason: "the shop's buttons", re: /^(?:disponible (?:en librairie|en version numérique|en e-?book|en numérique|sur commande|en précommande)(?: et (?:en version numérique|en e-?book|en numérique|en librairie))?(?:\s?\(\d{1,3}[,.]\d{2}\s?€\))?|en stock(?:\s?[–—-]\s?expédié sous \d{1,2}\s?(?:h|heures|jours))?)$/iu },
  // A writing platform's call to applaud, closing a post: "Merci de m'avoir lue ! Si ce billet vous a été utile, un
  // petit clap 👏 fait toujours plaisir.", "… n'hésitez pas à applaudir 👏 et à me suivre pour la suite de mon voyage !"
  // (going on with another sentence, "… 👏 fait toujours plaisir. Et …, mes trois albums préférés :", the text's).
  { reason: "subscription prompt", re: /^(?:merci de (?:m['’]avoir|nous avoir) lue?s? ?!?\s*)?.{0,80}\b(?:un (?:petit )?clap|des claps|applaudi(?:r|ssez))\b.{0,80}👏[^.!?:]{0,120}[.!]?$/iu },
  // A writing platform's lines around a post (Medium): "Follow", "Listen", "Published in Carnets d'Eurasie", "Written
  // by …", "212 Followers · Writer for …", "More from …", "Recommended from Medium", "Open in app"; in French, "340
  // abonnés · Rédacteur pour …", "Plus de contenus de …", "Recommandé par Medium".
  {
    reason: "the blog platform's links",
    re: /^(?:follow|listen|write|open in app|published in \S.{1,60}|written by \S.{1,60}|\d[\d.,]*[kK]? followers(?:\s·\s.{1,80})?|\d[\d\s\u00a0\u202f.,]*[kK]? abonnés\s·\s(?:rédact(?:eur|rice)|autrice|auteur|édit(?:eur|rice)) pour \S.{1,60}|more from \S.{1,60}|plus de contenus de \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}|recommended from medium|recommandé par medium|see all from \S.{1,60}|responses\s?\(\d{1,4}\))$/iu,
  },
  // The bar of Google's viewer over a page served in AMP: "Vous consultez une page AMP diffusée via Google. Afficher
  // l'URL d'origine".
  { reason: "the AMP viewer's bar", re: /^(?:vous consultez une page AMP (?:diffusée|servie|hébergée) (?:via|par) Google\.?(?:\s+afficher l['’]URL d['’]origine)?|afficher l['’]URL d['’]origine)$/iu },
  // A blog's entry meta under the post (WordPress): "Cette entrée a été publiée dans International et marquée avec
  // Almaty, Kazakhstan. Permalien : https://…", "Cet article a été publié dans Actualités et marqué avec …".
  { reason: "the blog's entry meta", anyLength: true, re: /^(?:cette entrée a été publiée (?:dans|le|par|en)\s|(?:cet article|ce billet|cette entrée) a été publiée? dans [^.]{1,80} et (?:marquée?|étiquetée?) avec\s)[^\n]{0,400}$/iu },
  // A blog platform's lines under a post and in its sidebar (Blogger): "Aucun commentaire:", "Envoyer par
  // e-mailBlogThis! Partager sur X…", "Enregistrer un commentaire", "Article plus récent Article plus ancien Accueil",
  // "Inscription à : Publier les commentaires (Atom)", "Afficher mon profil complet", "► avril (2)", "Thème Simple.
  // Fourni par Blogger.".
  {
    reason: "the blog platform's links",
    anyLength: true,
    re: /^(?:aucun commentaire\s*:|envoyer par e-?mail\s*blogthis!.*|enregistrer un commentaire|(?:(?:article|message|billet)s? plus (?:récents?|anciens?)\s*){1,2}(?:accueil)?|inscription à\s*:\s*.{1,60}\(atom\)|afficher mon profil complet|[►▼▶▸▾]\s*(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|\d{4})\s*\(\d+\)|(?:thème .{1,40}\.\s*)?(?:fourni par|powered by|propulsé par) (?:blogger|wordpress|over-blog|canalblog|hautetfort|phpbb)\b[^,;]{0,60})$/iu,
  },
  // A forum's lines around its posts (phpBB): "9 messages • Page 1 sur 1", "Qui est en ligne : …", "Index du forum …",
  // "Retourner vers « … »", "Répondre Rechercher dans ce sujet…", "FAQ S'enregistrer Connexion", a member's details
  // under their name: "Messages : 1284 · Inscrit le : 03 mars 2012 · Localisation : Savoie" (a post's link to the
  // page's top, "Haut": see classify.ts).
  {
    reason: "the forum's links and its members' details",
    re: /^(?:\d+ messages?(?:\s*[•·|]\s*page \d+ sur \d+)?|page \d+ sur \d+|qui est en ligne\s*(?::|\?\s(?:utilisateurs|membres|aucun|il y a|au total)).*|index du forum\b.{0,160}|retourner vers « [^»]{1,80} »(?:\s+aller à)?|(?:répondre\s+)?rechercher dans ce sujet\s?(?:…|\.\.\.)?|faq\s+s['’](?:enregistrer|inscrire)\s+(?:connexion|se connecter)|utilisateurs parcourant ce forum\s?:.{1,160}|messages\s?:\s?\d[\d\s\u00a0\u202f]*(?:\s?[·|•]\s?(?:inscrite? le\s?:\s?[^·|•]{3,30}|inscription\s?:\s?[^·|•]{3,30}|localisation\s?:\s?[^·|•]{2,40}|âge\s?:\s?\d{2}(?: ans)?)){1,4})$/iu,
  },
  // The page's short address to share: "Lien court: https://nilhebdo.eg/s/48213", "Permalien : …".
  // (A site's own address, "Lien court : https://evisa.gov.kz" in a box of practical details, has no code.)
  { reason: "share prompt", re: /^(?:lien (?:court|permanent|de partage|raccourci)|permalien|url courte|adresse courte)\s*:\s*https?:\/\/[^\s/]+\/(?:[a-z]{1,2}\/)?(?:[\w-]{2,12}|\?p=\d+)$/iu },
  // "Mots-clés : Kazakhstan, ONU", "Tags : …", "Thèmes associés", "Catégories : …", "Continuer la lecture sur ces sujets :".
  // An English paper's keywords, listed ("Keywords : traduisez vos mots-clés en russe…" is advice).
  { reason: "tag list of the source site", re: /^keywords\s*:\s*[^.!?:,]{2,60}(?:,\s*[^.!?:,]{2,60}){1,15}\.?$/iu },
  { reason: "tag list of the source site", re: /^(?:continuer|continuez) (?:la|votre) lecture sur (?:ces|les mêmes) (?:sujets|thèmes)\s*:?$|^(?:mots[- ]clés|tags?|étiquettes|libellés|thèmes? associés|expertises? associées?|catégories?|rubriques?)(?:\s*:.*)?$|^(?:publié|publiée|classé|classée|posté|rangé) dans\s+\S.{0,120}$|^(?:posted|filed) (?:in|under)\s+\S.{0,120}$/iu },
  // A paper's abstracts in two languages, their tabs side by side: "Français English" ("Русский | Français" may head a
  // bilingual poem, "Français Русский Қазақша" a lexicon's columns).
  { reason: "language switcher", re: /^(?:français english|english français)$/iu },
  // A bilingual site's banner and buttons in Italian and French: "Questo sito utilizza cookie tecnici e di profilazione.
  // Ce site utilise des cookies …", "Accetta / Accepter", "Rifiuta / Refuser" (its day in Italian: see classify.ts).
  { reason: "cookie or privacy prompt", re: /^questo sito (?:utilizza|usa) (?:i )?cookie\b[^«»"]{0,300}$/iu, anyLength: true, needs: "questo sito" },
  { reason: "cookie or privacy prompt", re: /^(?:accetta|rifiuta)(?: tutti)?\s?\/\s?(?:accepter|refuser)(?: tout)?$/iu },

  // A field report's share button alone: "Partager ce récit" ("Partager ce témoignage : un devoir de mémoire" heads a
  // part).
  { reason: "share prompt", re: /^partager (?:ce récit|ce reportage)$/iu },
  // A live page's button: "🔔 Activer les notifications pour ce direct" ("Activer les alertes" alone may be a step of
  // advice).
  { reason: "navigation link", re: /^(?:🔔\uFE0F?\s?activer les (?:notifications|alertes)(?: pour (?:ce direct|cet article|ce sujet|ce live))?|activer les (?:notifications|alertes) pour (?:ce direct|cet article|ce sujet|ce live))$/iu },
  // The site followed on a news aggregator: "Suivez Orbite Tech sur Google Actualités pour ne rien rater de l'actualité
  // spatiale." (a tip, "Suivez Visit Almaty sur Instagram pour ne rien rater …", is a guide's advice).
  { reason: "subscription prompt", re: /^[Ss]uivez \p{Lu}[^.!?]{1,60}? sur Google (?:Actualités|News)\b[^«»]{0,120}$/u },
  // A share bar written out, one line: "Partager sur Facebook Partager sur X Envoyer par mail Copier le lien" ("Envoyer
  // par mail" alone heads a form's option).
  { reason: "share prompt", re: /^(?:partager sur \p{L}+\s+){2,6}(?:envoyer par (?:e-?)?mail(?:\s+|$))?(?:copier le lien)?$/iu },
  // A share bar written out for screen readers: "Partager l'article sur les réseaux sociaux : Partager sur Facebook
  // Partager sur X Partager par e-mail".
  { reason: "share prompt", re: /^partager (?:l['’]article|cet article|la page) sur les réseaux sociaux\s?:(?:\s?partager (?:sur|par) (?:facebook|x|twitter|linkedin|whatsapp|bluesky|e-?mail|courriel)){1,6}$/iu },
  // Comments closed to readers without an account: "L'espace des contributions est réservé aux abonnés.".
  { reason: "comment prompt or counter", re: /^l['’]espace (?:des )?(?:contributions|commentaires|réactions) est réservé aux abonnés\.?$/iu },
  // A country report's links to the others: "Autres rapports pays : Kirghizstan · Ouzbékistan · Tadjikistan" ("Autres
  // notes : Moody's Baa1 · Fitch BBB" gives a fact box's ratings).
  { reason: "navigation menu or tag list", re: /^[Aa]utres (?:rapports|fiches|études)(?: pays)?\s?:\s?\p{Lu}[^·|:]{1,30}(?:\s?[·|]\s?\p{Lu}[^·|:]{1,30}){1,10}$/u },
  // An opinion page's notice: "Les tribunes libres n'engagent que leurs auteurs.".
  { reason: "disclaimer or citation notice", re: /^les tribunes(?: libres)?(?: publiées)? n['’]engagent que leurs? auteurs?\.?$/iu },
  // The European Union's notice on what it funds: "Cette publication a été réalisée avec le soutien financier de
  // l'Union européenne. Son contenu relève de la seule responsabilité de FRONTAC et ne reflète pas nécessairement …",
  // "Financé par l'Union européenne. Les points de vue et avis exprimés n'engagent toutefois que leur(s) auteur(s) …".
  {
    reason: "disclaimer or citation notice",
    re: /^(?:(?:cette|la présente) (?:publication|page|vidéo|brochure|étude|campagne|fiche|note|action|activité) a été (?:réalisée?|produite?|élaborée?|financée?|cofinancée?) (?:avec|grâce à) (?:le soutien financier|l['’]aide financière|le soutien|le concours financier) de l['’]union européenne\.\s(?:son|le) contenu (?:relève|est) de la (?:seule )?responsabilité (?:exclusive )?(?:de |du |des |d['’])[^.]{1,80}\set ne (?:reflète|peut)\b[^.]{0,200}\.?|financée? par l['’]union européenne\.\s(?:les )?points de vue et (?:les )?avis exprimés n['’]engagent (?:toutefois )?que\b[^.]{0,250}\.?)$/iu,
    anyLength: true, needs: "union européenne",
  },
  // An aggregator's link to the article it excerpts: "Lire la suite sur Dépêches Internationales"; its notice: "FilActu
  // sélectionne et agrège automatiquement des contenus publiés par des sites d'information partenaires. Les titres et
  // extraits restent la propriété de leurs éditeurs respectifs." (an article on an aggregator says what it does so).
  { reason: "link to another article", re: /^[Ll]ire la suite sur \p{Lu}[^.!?]{1,60}$/u },
  { reason: "the aggregator's notice", re: /^\p{Lu}[\p{L}'’ .&-]{1,40} (?:sélectionne et agrège|agrège) automatiquement des (?:contenus|articles|informations)\b.{0,200}\.\s(?:les )?(?:titres|contenus|articles)\b[^.]{0,60}\brestent la propriété de leurs (?:éditeurs|auteurs)\b.{0,100}$/u, anyLength: true, needs: "automatiquement" },
  // An issuer's market codes over its release: "ISIN : FR0013451234 | Mnémonique : BKR | Marché : Euronext Paris".
  { reason: "the issuer's market codes", re: /^ISIN\s?:\s?[A-Z]{2}[A-Z\d]{9}\d(?:\s?[|·]\s?[\p{L} ]{2,20}\s?:\s?[^|·]{1,60}){1,4}$/u },
  // A research desk's offer: "Recevez nos études économiques par e-mail   S'abonner".
  { reason: "subscription prompt", re: /^recevez (?:nos|notre|les) [^.!?]{2,60} par (?:e-?mail|courriel)(?:\s{2,}|\s[|·]\s)s['’]abonner$/iu },
  // A town's magazine's notice on its delivery: "Vous ne recevez pas le magazine dans votre boîte aux lettres ?
  // Signalez-le au service communication …".
  { reason: "subscription prompt", re: /^vous ne recevez pas (?:le|votre) (?:magazine|journal|bulletin)(?: municipal)?\b[^?]{0,60}\?\s?signalez-le\b.{0,200}$/iu, anyLength: true, needs: "vous ne recevez pas" },
  // A site's notice on the releases others publish there: "Les communiqués des exposants sont publiés sous leur seule
  // responsabilité. L'organisateur du salon ne saurait être tenu responsable de leur contenu." (a forum's charter, "Les
  // contenus des membres sont publiés sous leur seule responsabilité…", may be quoted).
  {
    reason: "disclaimer or citation notice",
    re: /^les communiqués(?: de presse)?(?: des (?:exposants|partenaires|annonceurs|entreprises|émetteurs))? (?:sont )?(?:publiés|diffusés|mis en ligne) sous (?:leur|la) (?:seule|propre|entière) responsabilité(?: de leurs auteurs| des \p{L}+)?\.(?:\s(?:l['’]organisateur|la rédaction|l['’]éditeur|le site)\b[^.]{0,120}\.)?$/iu,
    anyLength: true, needs: "responsabilité",
  },
  // A magazine's promotion of its print issue under the text: "Retrouvez cet article dans Le Nouveau Regard n° 1287, en
  // kiosque du 9 au 15 novembre 2023.".
  { reason: "print edition note", re: /^retrouvez (?:cet article|cet entretien|ce dossier|cette tribune) dans [^.!?«»]{2,60}\sn°\s?\d{1,5}[^.!?«»]{0,30},? en kiosque\b[^«»]{0,80}$/iu },
  // A letter's next issue and its subscribers' notice: "Prochaine lettre : lundi 23 septembre 2024.", "Cette lettre est
  // réservée aux abonnés d'Agrimarchés Conseil. Toute reproduction …" ("Prochaine édition : 28 mai 2026." in an event's
  // box, an association's page telling who its letter is for, are the text's).
  { reason: "e-mail newsletter furniture", re: /^(?:prochaine (?:lettre|newsletter)\s?:\s?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s)?\d{1,2}(?:er)?\s\p{L}{3,9}(?:\s\d{4})?\.?|cette (?:lettre|newsletter) est réservée (?:à ses|à nos|aux) abonnés\b[^.«»]{0,80}\.\s(?:toute|sa) (?:reproduction|diffusion|rediffusion)\b[^«»]{0,160})$/iu, anyLength: true },
  // An age gate over a wine merchant's or a distiller's site, and its buttons: "Vous devez avoir l'âge légal de
  // consommer de l'alcool dans votre pays de résidence pour accéder à ce site." (its buttons: see classify.ts; "… pour
  // accéder au bureau de vote" is a rule the text gives).
  { reason: "age gate", re: /^vous devez avoir l['’]âge légal (?:de consommer de l['’]alcool\b[^«»]{0,160}|pour (?:accéder|entrer) (?:à|sur) ce site\b[^«»]{0,100})$/iu },
  // A paper's pages in its journal's issue, alone on their line: "p. 87-112".
  { reason: "running header or page number of a printed page", re: /^pp?\.\s?\d{1,4}\s?[-–]\s?\d{1,4}$/u },
  // A publication's disclaimer, saying what it is in its first words: "Cette publication a un caractère purement
  // informatif et ne constitue pas un avis juridique.", "Cet article a une vocation purement informative et ne
  // constitue pas une consultation juridique.", "Cette note … ne saurait se substituer à un conseil personnalisé."
  // ("Les informations sont fournies à titre indicatif et ne constituent pas …" may be a disclaimer a report quotes;
  // "Les informations publiées dans cette lettre sont …" is the letter's own),
  // "Toutes les notations de crédit … sont soumises à certaines limites et clauses de non-responsabilité."
  {
    reason: "legal notice",
    re: /^(?:cette|la présente|ce|cet|les|toutes les|l['’]ensemble des) (?:publication|alerte|lettre|newsletter|communiqué|site|analyses?|contenus?|notations?(?: de crédit)?|article|note|informations (?:publiées|contenues|présentées) dans (?:cette|notre) (?:lettre|note|newsletter))(?!\p{L})(?!.*,\s*(?:(?:a|ont)\s+(?:\p{L}+\s+)?(?:rappelé|précisé|indiqué|souligné|déclaré|affirmé|ajouté)|précisen?t?|indiquen?t?|selon)(?!\p{L})).{0,120}?(?:ne (?:constitue|constituent|saurai(?:t|ent)) (?:pas |en aucun cas |aucunement )?(?:un |une |des )?(?:avis juridiques?|conseils? (?:juridiques?|financiers?|en investissement)|recommandations? d['’](?:acheter|achat|investir|investissement)|consultations? juridiques?)|ne (?:saurai(?:t|ent)|peu(?:t|vent)) (?:en aucun cas )?(?:se substituer à|remplacer) (?:un|une) (?:conseil|consultation|avis)|clauses? de non-responsabilité).*$/iu,
    anyLength: true,
  },
  // Its heading: "AVERTISSEMENT ET MENTIONS LÉGALES", "Clause de non-responsabilité". A research note's disclaimer
  // behind its label, on the document itself: "Avertissement : Ce document a été préparé … à titre purement informatif.
  // Il ne constitue ni une offre, ni …" ("Avertissement : les images qui suivent…" warns the reader, "Avertissement :
  // les chiffres … donnés à titre indicatif" tells where figures come from).
  {
    reason: "legal notice",
    re: /^(?:avertissement|disclaimer|mentions? importantes?)\s*:\s*(?:ce|cette|le présent|la présente) (?:document|note|publication|étude|analyse|rapport|lettre)(?!\p{L})(?=.{0,300}?(?:à titre (?:purement |uniquement |exclusivement )?(?:informatif|indicatif)|ne (?:constitue|constituent) (?:ni|en aucun cas|pas) (?:une |un )?(?:offre|sollicitation|conseil|recommandation|avis juridique))).*$/iu,
    anyLength: true,
  },
  { reason: "legal notice", re: /^(?:avertissements? (?:et|&) mentions légales|avertissement (?:légal|juridique)|clause de non-responsabilité|avis de non-responsabilité|disclaimer)$/iu },
  // (Or, by that label, the disclaimer itself, saying what it declines: "Clause de non-responsabilité : le Service
  // économique s'efforce de … il ne peut en aucun cas être tenu responsable …".)
  { reason: "legal notice", re: /^(?:clause|avis) de non-responsabilité\s?:\s?(?=.{0,400}(?:s['’]efforcer?|ne (?:saurait|peut) (?:en aucun cas )?être tenue? (?:pour )?responsable|décline toute responsabilité|à titre (?:purement )?informatif))\S.{20,800}$/iu, anyLength: true, needs: "non-responsabilité" },
  // A bank's note under its label, without the label on its line: "Ce document est fourni à titre d'information
  // uniquement et ne constitue ni une offre, ni …", "Les performances passées ne préjugent pas des performances
  // futures. …", "Delorme Vernier & Cie, société anonyme au capital de 48 000 000 €, …" (quoted, "… a rappelé le
  // gérant", it is the text's).
  {
    reason: "legal notice",
    re: /^(?:ce document est fourni à titre (?:purement |uniquement )?d['’]information(?: uniquement)? et ne constitue (?:ni |pas )une? (?:offre|recommandation|conseil)\b|les performances passées ne préjugent pas (?:des performances|de l['’]évolution) futures?\.|\p{Lu}[^,.]{1,60}, société (?:anonyme|par actions simplifiée|à responsabilité limitée|en commandite par actions)(?: [^,.]{1,40})? au capital de \d)(?!.*(?:,\s(?:a|ont) (?:rappelé|précisé|souligné|annoncé)|»))/iu,
    anyLength: true,
  },
  // The warning French law puts under any word on gambling: "Jouer comporte des risques : endettement, isolement,
  // dépendance. Pour être aidé, appelez le 09 74 75 13 13 (appel non surtaxé)."
  // (With its helpline: the formula alone may be quoted, "Jouer comporte des risques : endettement, isolement,
  // dépendance." as a bill's wording.)
  { reason: "legal notice", re: /^(?:jouer comporte des risques\s?:\s?(?:endettement|isolement|dépendance)|les jeux d['’]argent et de hasard peuvent être dangereux\s?:)[^«»]{0,120}appelez le 09[\s.-]?74[^«»]{0,60}$/iu },
  // A press contact's label, then the contact's phone and e-mail on the line: "Relations médias : Aurélie Castagne,
  // Paris, tél. : +33 1 44 29 91 30, e-mail : …" (in an article, "Renseignements : l'association, 06 …, contact@…" is
  // its own).
  { reason: "contact details", re: /^(?:relations? (?:presse|médias?)|contacts? (?:presse|médias?)|service de presse|attachée? de presse)\s*:(?=.*(?<![\p{L}\d])(?:\+\d{1,3}|0\d)(?:[\s.]?\(?\d{1,4}\)?){3,6}(?!\d))(?=.*[\p{L}\d._-]+@[\p{L}\d-]+\.[\p{L}.]{2,}).*$/iu },
  // A release's press officer for more, with their phone or e-mail: "Pour toute information complémentaire : M. Olivier
  // Mottaz, chargé de communication, Chancellerie d'Etat, T. 022 327 00 00." (an article's "Pour plus d'informations :
  // l'association, 06 …" has no press officer; "… : la porte-parole … n'a pas répondu à nos appels au +7 …" is a
  // sentence).
  { reason: "contact details", re: /^pour (?:toute information|tout renseignement|plus d['’]informations?|de plus amples informations)(?: complémentaires?)?\s*:(?=.*(?:chargée? de (?:la )?(?:communication|presse|relations? (?:presse|médias))|porte-parole|attachée? de presse|service de (?:la )?(?:presse|communication)))(?=.*(?:(?:\+\d{1,3}|0\d{1,3})(?:[\s.]?\d{2,4}){2,5}|@))(?!.*(?<!\p{L})(?:a|n['’]a|ont|n['’]ont|avait|indique|indiqué|répondu|précise|précisé|déclaré|affirme|affirmé|joint|jointe)(?!\p{L})).*$/iu },
  // A petition's form and a donation's: "AGISSEZ MAINTENANT", "Signez la pétition adressée au …", "12 487 signatures
  // · Objectif : 20 000", "☐ J'accepte de recevoir …", "JE SIGNE", "SOUTENEZ NOTRE INDÉPENDANCE", "15 €   30 €   50 €
  // Montant libre", "Soit 5,10 € après réduction d'impôt de 66 %", "JE DONNE"; a campaign's gauge ("34 120 € collectés
  // sur 50 000 €", "68 % de l'objectif atteint · 512 donateurs · J-23"), its pitch ("Avec 50 €, vous financez …",
  // "Votre don de 50 € ne vous coûte que 17 € …", "🦌 Adoptez symboliquement un saïga : votre don finance …") and
  // buttons ("Je fais un don mensuel   Je fais un don ponctuel", "Paiement 100 % sécurisé").
  {
    reason: "petition or donation form",
    re: /^(?:agissez(?: dès)? maintenant\s*!?|signez (?:la|notre|cette) pétition\b[^.]{0,120}|je signe(?: la pétition)?\s*!?|\d[\d\s\u00a0\u202f]*\s+signatures?\s*[·|]\s*objectif\s*:?\s*\d[\d\s\u00a0\u202f]*|[☐☑□■]\s*j['’]accepte\b.{0,160}|soutenez notre (?:indépendance|action|combat|travail)\s*!?|je (?:donne|fais un don)\s*!?|je fais un don (?:mensuel|ponctuel|régulier)(?:\s{2,}je fais un don (?:mensuel|ponctuel|régulier))?|\d[\d\s\u00a0\u202f]*\s?€ collectés sur \d[\d\s\u00a0\u202f]*\s?€|\d{1,3}\s?% de l['’]objectif(?: atteint)?\s?[·|]\s?.{1,60}|paiement (?:100\s?% )?sécurisé|(?:soutenez notre (?:action|combat|travail)\s?:\s?)?avec \d{1,4}\s?€, vous (?:financez|permettez|offrez|plantez)\b.{0,120}|votre don de \d{1,5}\s?€ ne vous (?:coûte|revient) (?:que|qu['’]à) .{0,120}|(?:\p{Extended_Pictographic}\s?)?(?:adoptez|parrainez|offrez|soutenez|protégez)\b[^.!?]{0,80}\s:\svotre don (?:finance|permet|aide|soutient)\b.{0,160}|(?:\d{1,4}\s?€\s{2,}){2,}(?:\d{1,4}\s?€|montant libre|autre montant)\s*|soit [\d\s,.]+\s?€ après (?:réduction|déduction) d['’]impôts?\b.{0,40}|(?:prénom|ville|pays|téléphone)\s*\*|code postal\s*\*?)$/iu,
  },
  // The privacy notice under a form: "Vos données sont traitées par … pour la gestion de cette pétition." (naming the
  // form or the reader's rights).
  { reason: "petition or donation form", re: /^vos données(?: personnelles)? sont (?:traitées|collectées|utilisées|conservées)\b(?=.*(?<!\p{L})(?:pétition|newsletter|lettre d['’]information|dons?|droit d['’]accès|rgpd|désinscri\p{L}*|désabonn\p{L}*|politique de confidentialité|données personnelles)(?!\p{L})).*$/iu, anyLength: true },
  // A newspaper's running header in capitals, as a scan's reading gives it: its day, its name and the page's number
  // ("MERCREDI 18 DECEMBRE 1991 L'ECLAIREUR DE L'EST 5", "MERCREDI 18 DECEMBRE 1991 — L'ECLAIREUR DE L'EST — PAGE 5"), or
  // the number first ("4 L'ECLAIREUR DE L'EST MERCREDI 18 DECEMBRE 1991").
  {
    reason: "running header or page number of a printed page",
    re: new RegExp(String.raw`^(?:${CAPS_DAY}(?:\s[—–-])?\s+[\p{Lu}'’.\- ]{3,60}?(?:\s[—–-])?\s+(?:PAGE\s)?\d{1,3}|(?:PAGE\s)?\d{1,3}(?:\s[—–-])?\s+[\p{Lu}'’.\- ]{3,60}?(?:\s[—–-])?\s+${CAPS_DAY})$`, "u"),
  },
  // A print page's continuation, as an e-paper shows it: "▸ Lire la suite page 15", "ONU (suite de la page 14)"; its
  // notice: "Vous lisez l'édition numérique du Veilleur de l'Est. Reproduction et diffusion interdites."
  {
    reason: "running header or page number of a printed page",
    re: /^(?:(?:[▸►>→]\s*)?(?:lire la )?suite (?:en |à la )?page \d{1,3}\.?|\S.{0,40}\((?:suite de la page|suite page|suite p\.)\s?\d{1,3}\)|vous lisez l['’]édition numérique\b[^«»"“”]{0,160})$/iu,
  },
  // The terms of reuse of the site's materials: "En cas d'utilisation des matériaux, un lien vers la source est
  // obligatoire.", "Lors de la citation … de tout matériel sur Internet, des hyperliens ouverts vers … sont
  // obligatoires." (a law's, quoted, names its article or is said by the text), "En citant et en utilisant des documents
  // sur Internet, des hyperliens ouverts … vers ukrinform.fr sont obligatoires", behind its sign, "© Lors de
  // l'utilisation des informations, la référence à ODLAR est obligatoire." (its "informations" only so), "Lors de
  // l'utilisation des documents du site, un lien vers la source est obligatoire.".
  {
    reason: "copyright footer",
    re: /^en (?:citant|utilisant|reproduisant)(?: et en (?:citant|utilisant|reproduisant))? (?!.*(?<!\p{L})(?:article \d|dispose|précise|prévoit|selon|le texte|la loi|l['’]arrêté|le décret)(?!\p{L}))(?:des|les|nos|tout|toute|tous) [^.]{0,80}?(?<!\p{L})(?:liens?|hyperliens?)(?!\p{L}).{0,100}?(?<!\p{L})(?:obligatoires?|requise?s?|exigée?s?)(?!\p{L}).*$/iu,
    anyLength: true,
  },
  {
    reason: "copyright footer",
    re: /^(?:©\s?)?(?:lors d[e'’]|en cas d[e'’]|pour toute)(?!.*(?<!\p{L})(?:article \d|dispose|précise|selon|le texte|la loi|a rappelé|rappelle|a indiqué|indique|a souligné|souligne|a expliqué|explique|a déclaré|déclare|a précisé)(?!\p{L}))(?=.*(?<!\p{L})(?:matériels?|matériaux|nos contenus|nos articles|nos dépêches|ce site|(?:du|de notre) site(?! d[eu'’])|(?<=^©.*)informations)(?!\p{L}))\s?(?:la |l['’]|toute |tout )?(?:citation|utilisation|reproduction|reprise)(?!\p{L}).{0,160}?(?<!\p{L})(?:lien|liens|hyperliens?|mention de la source|référence)(?!\p{L}).{0,100}?(?<!\p{L})(?:obligatoires?|requise?s?|exigée?s?)(?!\p{L}).*$/iu,
    anyLength: true,
  },
  // "© 2025 Le Site. Tous droits réservés", "Tous droits de reproduction réservés", "InfoContinu © 2017 — Mentions
  // légales — Contact", "Steppes & Détroits est un podcast indépendant. © 2025 · Mentions légales", "© 2024 DVK Avocats
  // – Mentions légales – Politique de confidentialité – Gestion des cookies", a lexicon's "© 2012-2026 Lexique des
  // relations internationales – Textes sous licence CC BY-NC".
  {
    reason: "copyright footer",
    re: /^(?:©\s*reproduction (?:réservée|interdite)|.*tous droits (?:de reproduction )?réservés.*|.*all rights reserved.*|.*reproduction(?: totale ou partielle| même partielle)? (?:est )?(?:autorisée|interdite|soumise)(?: sans| avec| à|,| sauf| pour)[^.]{0,80}\.?|(?:©|\(c\))\s*(?:19|20)\d{2}\s+site officiel\b[^–—|]{0,120}\.(?:\s.{0,200})?|(?:droits d['’]auteur\s*)?(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:19|20)\d{2}\b(?:.{0,60}|.{0,100}(?<!\p{L})(?:mentions légales|politique de confidentialité|gestion des cookies|conditions (?:générales|d['’]utilisation)|privacy(?=\s*(?:[·|–—-]|$))|cookiebeleid|cgu|reproduction (?:ou \p{L}+ )?(?:en tout ou (?:en )?partie |totale ou partielle )?interdite)(?!\p{L}).{0,160})|[^.©]{1,40}©\s?(?:19|20)\d{2}\s*[—–|·-]\s*mentions légales\b.{0,120}|(?:©|\(c\))\s*(?:19|20)\d{2}\b.{0,100}(?<!\p{L})licen[cs]e (?:cc|creative commons)\b.{0,40}|[^.©]{1,40}©\s?(?:19|20)\d{2}\s{2,}(?:conditions (?:générales|d['’]utilisation)|confidentialité|mentions légales|cgu)(?!\p{L}).{0,160}|[^©]{1,80}\.\s©\s?(?:19|20)\d{2}\s*[—–|·-]\s*mentions légales\b.{0,120})$/iu,
  },
  // The owner, then the ban: "© LRN. Toute reproduction, même partielle, sans l’accord écrit de l’agence est
  // interdite.", "© BALTINFO 2025. Toute reproduction, même partielle, est interdite sans l'accord écrit de l'agence.".
  { reason: "copyright footer", re: /^(?:©\s?[^.©]{1,40}\.\s+toute reproduction,?(?: totale ou partielle| même partielle)?,? sans [^.]{1,80}\s(?:est )?interdite\.?|©\s?[^.©]{1,60}\.\s(?:toute |la )?reproduction,\s(?:même partielle|totale ou partielle),\s(?:est )?(?:interdite|soumise|autorisée)\b[^.]{0,80}\.?)$/iu },
  // The owner's company and town before the year: "© SloPress d.o.o., Ljubljana, 2024"; the word and the sign together:
  // "COPYRIGHT © ANN 2025" (a photo's credit names no town: "© Akorda", "© Parlam JSC 2024").
  {
    reason: "copyright footer",
    re: /^(?:©\s?\p{Lu}[^©,]{0,40}?\s(?:d\.o\.o\.|S\.A\.S?\.?|SAS|SARL|GmbH|Ltd\.?|Inc\.|S\.p\.A\.|LLC|JSC|asbl|ASBL),\s\p{Lu}[\p{L}'’ -]{1,30},\s(?:19|20)\d{2}|(?:COPYRIGHT|Copyright)\s?©\s?\p{Lu}[\p{L}\d&.'’ -]{0,40}\s(?:19|20)\d{2})\.?$/u,
  },
  // A wire's copyright with its terms: "© CotéFil 2024. Cours différés d'au moins 15 minutes. Cette dépêche ne
  // constitue ni un conseil en investissement …".
  {
    reason: "copyright footer",
    re: /^(?:©|[Cc]opyright)\s?\p{Lu}[^.]{0,60}?(?:19|20)\d{2}\.\s(?=.*(?<!\p{L})(?:[Cc]ours différés|ne constitue (?:ni|pas|en aucun cas)|[Rr]eproduction (?:interdite|réservée))(?!\p{L})).*$/u,
    anyLength: true,
  },
  // A footer's links closed by the copyright, two of its legal links first: "Conditions générales · Politique de cookies
  // · Contact · © Le Courrier des affaires 2024" (not a caption's "« Les conditions du ciel » · huile sur toile · ©
  // …", nor "Réunion du groupe de contact · Astana, 4 avril 2025 · © …").
  { reason: "copyright footer", re: /^(?:(?:conditions générales(?: d['’]utilisation| de vente)?|conditions d['’]utilisation|mentions légales|politique de (?:cookies|confidentialité)|confidentialité|gestion des cookies|contact|nous contacter|contactez-nous|cgu|cgv|plan du site|accessibilité)\s[·|]\s){2,8}(?:[^·|©]{2,40}\s[·|]\s){0,4}©\s?[^·|©]{1,60}(?:19|20)\d{2}$/iu },
  // An agency's copyright with its terms of reuse: "Khazar Info © 2025. Toute reproduction des informations doit faire
  // référence à l'agence.".
  { reason: "copyright footer", re: /^[^©.]{0,60}©\s?(?:19|20)\d{2}\.\s+(?:toute |la )?reproduction\b.*$/iu, anyLength: true },
  // A market's quotes box: "KAZATOMPROM (KAP.L)   31,85 USD   +4,20%" (its ticker in brackets: "USD   525,11 KZT
  // +15,1 %" is a table of the text's), "ORANO   non coté".
  {
    reason: "stock quotes",
    re: /^\p{Lu}[\p{Lu}\d &.'’-]{1,40}(?:\s\([A-Z\d]{1,6}(?:\.[A-Z]{1,2})?\)\s{2,}\d[\d\u00A0\u202F ]*(?:[.,]\d+)?\s?(?:USD|EUR|GBp|GBP|CHF|€|\$)?\s{2,}[+\-−]\d+(?:[.,]\d+)?\s?%|\s{2,}non cotée?)$/u,
  },
  // A search box's words in the reader's mouth, the things it finds: "Je recherche une aide, un service…" ("Je cherche
  // un emploi dans la diplomatie…" is a testimony); matched as written, its ellipsis kept.
  { reason: "navigation link", re: /^je (?:re)?cherche (?:un|une|des) [\p{L}'’-]+(?:,\s(?:un|une|des) [\p{L}'’-]+)+\s?(?:…|\.\.\.)$/iu, anyLength: true },
  // A search box's prompt with its ellipsis, as written (the ellipsis is cut before the other families are tried):
  // "Rechercher un terme…", "Chercher un film…" ("Rechercher un terme" alone heads a help page's part; "Rechercher un
  // compromis…" is a text's).
  { reason: "navigation link", re: /^(?:rechercher|chercher) (?:un|une|des|dans) (?:termes?|mots?(?:-clés?)?|articles?|sujets?|thèmes?|documents?|films?|événements?|évènements?|pages?|publications?|offres?|projets?|le site|le lexique|le glossaire|le dictionnaire)\s?…$/iu, anyLength: true },
  // "Retour en haut", "Retour au sommaire du magazine", "Haut de page", "Accueil", "Menu", a shop's "Rechercher un
  // titre, un auteur, un ISBN", "☰ MENU" (or any button behind the menu's bars, "☰ Adhérer en ligne"; "☰ Qian, le Ciel
  // — huile sur toile, 2022" names a painting by its trigram), "Rechercher", "Fermer", "→ Tous nos dossiers" (a
  // sentence behind the arrow is a key point's: "→ Le port d'Anvers-Bruges a signé un protocole d'accord …", unless it
  // calls to read: "→ Retrouvez tous nos articles …", "→ Lire notre guide : …"; behind "←", the previous post's title:
  // "← Vendanges 2025 : top départ !").
  {
    reason: "navigation link",
    re: /^(?:retour en haut(?: de (?:la )?page)?|retour au sommaire(?: du (?:magazine|numéro|journal|bulletin))?|haut de page|accueil|(?:[☰≡]\s*)?menu|☰\s*[^.!?\d—–]{1,60}|(?:rechercher|recherche)(?:\s*(?:\.\.\.|…))?|(?:rechercher|chercher) (?:sur|dans) (?:le|ce) (?:site|sujet|forum|fil|blog)\s*(?:\.\.\.|…)?|(?:rechercher|chercher) sur (?:facebook|linkedin|instagram|youtube|x|twitter)|(?:rechercher|chercher) (?:sur|dans|un|une|des) [^.!?]{1,60}(?:\.\.\.|…)|rechercher des \p{L}+, des \p{L}+ et des (?:sources|articles|auteurs|médias)|rechercher (?:un|une) (?:titre|auteur|autrice|livre|ouvrage|article|produit|mot-clé|éditeur|collection|émetteur|code isin|isbn|mnémonique|référence)(?:,? (?:ou )?(?:un|une) (?:titre|auteur|autrice|livre|ouvrage|article|produit|mot-clé|éditeur|collection|émetteur|code isin|isbn|mnémonique|référence)){1,3}(?:\s?(?:\.\.\.|…))?|(?:rechercher|chercher) (?:un|une) (?:communiqué|article|actualité|dépêche|vidéo)|fermer|plus|lire la suite|en savoir plus|voir plus|précédent|suivant|(?:lire|voir) plus d['’]actualités|[«‹<]?\s*article (?:précédent|suivant)(?:\s*:.{0,200})?\s*[»›>]?|←\s*.{0,200}|→(?!\s*(?!(?:\p{L}+ez|lire|voir|découvrir|consulter|écouter|regarder|télécharger|accéder)(?!\p{L}))(?:\S+\s+){5,}\S*[.!]$)\s*.{0,200}|.{0,200}\s→|(?:(?:aller|passer) (?:au contenu(?: principal)?|au menu|à la recherche|à la navigation|au pied de page)\s*){1,4}|skip to (?:main )?content|[‹<«←]?\s*retour(?: (?:à l['’]accueil|à la (?:liste|page d['’]accueil|une|rubrique)|aux (?:articles|actualités|résultats)|à l['’]article))?|(?:lire|voir|ouvrir) l['’]article (?:original|complet|en version originale)|actualiser|rafraîchir|épinglé|nouveaux? (?:posts?|messages?|entrées?)|toutes les nouvelles(?:\s?»)?|(?:précédent|suivant)\s?:\s?(?=(?:\S+\s){3,}\S)\p{Lu}[^.!]{2,120}|voir tous les événements|accessibilité\s*:\s*(?:non|partiellement|totalement) conforme|voir tou(?:s|tes) les (?:actions|campagnes|pétitions)(?: urgentes)?|\d{1,3}\s?\/\s?\d{1,3})$/iu,
  },
  // The site's next event, announced under the text with its call to register: "Prochain événement : « L'Asie centrale
  // et la COP29 » – 7 novembre 2024 – S'inscrire" ("Prochain rendez-vous : la Chine … accueillera le sommet de 2025."
  // is the text's, so is an exhibition's next talk with its day and place).
  { reason: "the site's next event", re: /^(?:prochain(?:e)? (?:événement|rendez-vous|conférence|séminaire|webinaire|débat|table ronde)|(?:nos |les )?prochains événements)\s*:\s*\S.{0,160}[–—|:]\s*(?:s['’]inscrire|inscription|inscrivez-vous|je m['’]inscris|réserver|réservez|réservation)\s*!?$/iu },
  // A sports site's next fixture, under the match report, its hour given: "Prochain match : France – Kazakhstan, samedi
  // 8 novembre à 18 h 30, Aren'Ice de Cergy-Pontoise." ("Prochain match : France – Hongrie, jeudi, un duel …" is the
  // report's).
  { reason: "the site's next fixture", re: /^prochain(?:s)? (?:match|matchs|rencontre)\s?:\s?\S[^:]{0,40}\s[–—-]\s[^.]{1,80}(?<!\p{L})(?:à )?\d{1,2}\s?h(?:\s?\d{2})?(?:,\s?[^.]{1,80})?\.?$/iu },
  // A desk's initials between slashes, signing an agency's dispatch: "/RP/".
  { reason: "the desk's initials signing the dispatch", re: /^\/\p{Lu}{1,4}(?:\/\p{Lu}{1,4})*\/$/u },
  // "Les droits de propriété intellectuelle sur le contenu de l'ABP appartiennent à l'agence. Toute reproduction sans
  // autorisation est interdite.", "Les dépêches de SloPress sont réservées aux abonnés. Toute reproduction …".
  { reason: "copyright footer", re: /^(?:les droits de propriété intellectuelle (?:sur|de) (?:le|les|l['’]|ce|ces)\b[^.]{0,120}\.|(?:les|nos) (?:dépêches|articles|contenus|informations) [^.]{0,60}sont réservée?s (?:à nos|aux) abonnés\.)?\s*toute reproduction(?: totale ou partielle| même partielle)? sans (?:autorisation|accord)(?: préalable| écrite)? (?:est )?interdite\.?$|^les droits de propriété intellectuelle (?:sur|de) (?:le|les|l['’]|ce|ces)\b[^.]{0,120}appartiennent à [^.]{1,60}\.?$/iu },
  // A radio's programme on air now, named in quotation marks: "En ce moment : « Midi Région » avec Benoît Dardenne"
  // ("Actuellement : les deux pays réunissent …" and a live page's "En ce moment : Tokaïev prend la parole" are text).
  { reason: "video player", re: /^(?:en ce moment|actuellement|à l['’]antenne|sur l['’]antenne)\s*:\s*(?:[^«»]{0,30}\s)?«[^«»]{2,60}»(?:\s(?:avec|présenté par)\s\p{Lu}[\p{L}'’ .-]{1,50})?$/iu },
  // A feed's closing line, as WordPress writes it: "L'article … est apparu en premier sur Eurasie Hebdo." (a sentence
  // going on after the site, ", lundi soir.", is the text's).
  { reason: "the feed's closing line", re: /^l['’]article .{3,300} est apparu en premier sur [^,]{2,120}$/iu, anyLength: true },
  // "Recevez l'actualité de Pondichéry sur WhatsApp : rejoignez notre chaîne !"
  { reason: "subscription prompt", re: /^recevez (?:l['’]actualité|l['’]info|nos (?:infos|articles|alertes|actualités))(?!\p{L})[^.!?]{0,60}(?<!\p{L})sur (?:whatsapp|telegram|signal|messenger|notre chaîne|notre canal)(?!\p{L})(?=.*(?<!\p{L})(?:rejoignez|abonnez-vous|inscrivez-vous|suivez|cliquez|téléchargez)(?!\p{L})).{0,60}$/iu },
  // An aggregator's button under its list of sources: "Afficher plus de 45 articles".
  { reason: "navigation link", re: /^(?:afficher|voir) (?:plus de \d{1,4}|\d{1,4} autres?) (?:articles|sources|résultats)$/iu },
  // An aggregator's note over the article it shows in full: "Lecture seule · Article complet fourni par l'éditeur".
  { reason: "the aggregator's note", re: /^(?:lecture seule\s·\s)?article (?:complet )?fourni par l['’]éditeur$/iu },
  // A document to download, its format in brackets: "Télécharger l'étude pays complète (PDF)", "Télécharger le
  // communiqué (PDF, 240 Ko)", or its language: "Télécharger le câble original (anglais)" (not a procedure's step:
  // "Télécharger et remplir le questionnaire … (en russe)").
  { reason: "download links", re: /^télécharger (?:(?:l['’]|le |la |les |notre |nos )?[^.!?()]{2,80}\((?:PDF|DOCX?|ODT|EPUB|XLSX?|CSV)(?:,\s?[\d,.]+\s?[kKM]o)?\)|(?:l['’]|le |la |les )(?![^()]*\s(?:et|sur|puis)\s)[^.!?()]{2,60}\((?:anglais|français|russe|kazakh)\))$/iu },
  // A course's progress bar: "Votre progression : 38 %".
  { reason: "the reader's progress", re: /^(?:votre )?progression\s?:?\s?\d{1,3}\s?%(?:\s(?:terminé|complété))?$/iu },
  // The formats a record is published in, as links: "Format de publication : HTML | PDF | XML".
  // A gallery's button: "Télécharger toutes les photos (24)" ("Télécharger les photos" may head a contest's step).
  { reason: "download links", re: /^télécharger (?:toutes les (?:photos|images)(?:\s?\(\d{1,4}\))?|les (?:photos|images)\s?\(\d{1,4}\))$/iu },
  { reason: "download links", re: /^(?:formats?(?: de publication)?|versions?|disponible en|télécharger(?: en)?)\s?:?\s(?:HTML|PDF|XML|EPUB|DOCX?|ODT|TXT|CSV|JSON|RTF)(?:\s?[|·,/]\s?(?:HTML|PDF|XML|EPUB|DOCX?|ODT|TXT|CSV|JSON|RTF))+$/iu },
  // A sitting's record: who chairs it, when it opens and closes: "- Présidence de M. Jean-Luc Verdier, président -",
  // "La réunion est ouverte à 9 h 30.", "(La séance est ouverte à neuf heures.)". "Ce point de l'ordre du jour a fait
  // l'objet d'une captation vidéo qui est disponible en ligne sur le site du Sénat."
  { reason: "video player", re: /^ce point de l['’]ordre du jour a fait l['’]objet d['’]une captation vidéo\b.{0,160}$/iu },
  { reason: "the sitting's chair and times", re: /^(?:-\s?)?(?:présidence|sous la présidence) de (?:M\.|Mme|Monsieur|Madame|l['’]honorable\s?) ?[^.()]{2,80}?(?:\s\([^()]{2,40}\))?(?:\s?-)?$|^\(?(?:la )?(?:séance|réunion) est (?:ouverte|levée|close)(?: à [^.()]{1,40})?\.?\)?$/iu },
  // A translation service's notes around the text it translated by machine: "Avertissement : cette traduction a été
  // produite automatiquement …", "Langue source : russe | Moteur : LP-NMT v4.2 | Indice de confiance : 0,91", "Texte
  // original : 498 mots | Traduction : 561 mots | Voir le texte original", "Signaler une erreur de traduction".
  { reason: "the translation service's notes", re: /^avertissement\s?:\s?cette traduction a été (?:produite|réalisée|générée|effectuée) (?:automatiquement|par (?:un|une) (?:moteur|outil|logiciel|intelligence artificielle|IA))\b.*$/iu, anyLength: true },
  { reason: "the translation service's notes", re: /^(?=.*(?<!\p{L})(?:moteur|indice de confiance|\d+ mots)(?!\p{L}))(?:(?:langue(?: source| cible| d['’]origine)?|moteur|indice de confiance|texte original|traduction)\s?:\s?[^|:]{1,30}?(?:\s\|\s|$)){2,}(?:voir le texte original)?$/iu },
  { reason: "reader tool", re: /^signaler une (?:erreur|faute|coquille)(?: de traduction)?$/iu },
  // The site's footer, its links apart by dashes or bars, one of them its legal notice: "Université Val-de-Saône – 4,
  // place de la République – Plan d’accès – Mentions légales – Accessibilité : partiellement conforme". (Capitalised,
  // as links: "Sites internet – mentions légales – cookies" heads a part of a story on a law.)
  { reason: "the site's footer", re: /^(?=.*(?:^|\s[–—|·]\s)(?:Mentions légales|MENTIONS LÉGALES|Plan du site|Données personnelles|Politique de confidentialité)(?:\s[–—|·]\s|$))(?:[^–—|·.!?]{1,80}\s[–—|·]\s){2,}[^–—|·.!?]{1,80}$/u },
  // A printed letter's contents, dots leading to the page: "Kostanaï à Montaubry : quatre jours d'amitié .............
  // p. 1-2". ("France – Canada ........ 4-3" is a score.)
  { reason: "table of contents", re: /^\S.{1,120}?\s?\.{5,}\s?(?:p\.|pages?)\s?\d{1,3}(?:\s?[-–]\s?\d{1,3})?$/u },
  // A release's notes to editors: "Notes aux rédactions :", "Photos et vidéos disponibles ici : https://…".
  { reason: "notes to editors", re: new RegExp(String.raw`${NOTES_TO_EDITORS_RE.source}|^(?:photos?|vidéos?|images?)(?: et (?:photos?|vidéos?|images?))? (?:disponibles?|à télécharger) (?:ici|sur|via)\s?:?\s?(?:https?:\/\/|www\.)\S+$`, "iu") },
  // A release's warning on what it forecasts: "Ce communiqué contient des déclarations prospectives qui reposent sur …"
  // ("Le présent communiqué contient des déclarations prospectives, avertit la société …" reports it).
  // (Nor "… fondées sur les hypothèses actuelles de la direction : c'est la formule, …", a journalist's.)
  { reason: "legal notice", re: /^(?:ce|le présent) communiqué(?: de presse)? contient des (?:déclarations|informations|énoncés) prospecti(?:fs?|ves?) (?:qui (?:reposent|sont fondée?s|se fondent)|fondée?s|basée?s|reposant)\b[^:«»"]*$/iu, anyLength: true },
  // Its Canadian wording: "Certains énoncés du présent communiqué constituent de l'« information prospective » au sens
  // des lois sur les valeurs mobilières …".
  // ("…, prévient Cameco au bas de sa publication, …" reports it.)
  { reason: "legal notice", re: /^(?=certaine?s )(?!.*,\s(?:prévient|avertit|précise|indique|souligne|rappelle|note)(?!\p{L}))certain(?:e)?s (?:énoncés|déclarations|informations) (?:du présent|de ce|contenue?s dans le présent) communiqué constituent (?:de l['’]|des )?«\s?(?:information|énoncés|déclarations) prospecti(?:ve|fs|ves)\s?»/iu, anyLength: true },
  // A newswire's prompt to its clients: "Vous avez une nouvelle à diffuser? Commencez ici.".
  { reason: "the newswire's prompt", re: /^vous avez une nouvelle à diffuser\s?\?\s*commencez ici\.?$/iu },
  // An advertiser's search box under its label: "Comparez les vols pour Almaty au meilleur prix   Rechercher".
  { reason: "advertising", re: /^comparez (?:les|nos) (?:vols|hôtels|prix|offres|billets)\b[^.!?]{0,80}\s{2,}(?:rechercher|comparer|réserver)$/iu },
  // "Le Courrier d'Alsace et ses partenaires utilisent des cookies pour vous proposer des contenus …" (maybe under its
  // title, "Vos données, vos choix. L'Écho des Alpes et ses partenaires …"), "Le Matinal et
  // ses partenaires utilisent des cookies et technologies similaires pour mesurer l'audience, … via le lien « Gestion
  // des cookies » en bas de page." (No colon: "Le portail eGov et ses partenaires utilisent des cookies pour améliorer
  // votre expérience : ce bandeau …" reports one; nor other words quoted. With their similar technologies, only
  // speaking to the reader, under a name, not reported: "… pour suivre les acheteurs, selon le régulateur", "…, a
  // résumé la vice-ministre", a privacy
  // policy's "L'ambassade et ses partenaires utilisent des cookies et des technologies similaires pour assurer …", an
  // example's "Concrètement, un site de vente en ligne et ses partenaires utilisent …".)
  { reason: "cookie or privacy prompt", re: /^(?:vos données,? vos choix\.\s)?[^.:]{2,60} et (?:ses|nos) partenaires utilisent des cookies (?:pour|afin de)\b[^:«»"]{0,300}$/iu, anyLength: true },
  {
    reason: "cookie or privacy prompt",
    re: /^(?=.*(?<!\p{L})(?:vous|votre|vos)(?!\p{L}))(?!.*(?<!\p{L})(?:selon|(?:a|ont) (?:résumé|expliqué|déclaré|indiqué|affirmé|précisé|ajouté|souligné|reconnu|dénoncé))(?!\p{L}))(?!(?:Un|Une|Des|Ce|Cet|Cette|Ces|Le|La|Les|L['’])\s?\p{Ll})\p{Lu}[^.:,]{1,59} et (?:ses|nos) partenaires utilisent des cookies et (?:des |d['’]autres )?(?:technologies similaires|traceurs) (?:pour|afin de)(?!\p{L})(?:[^:«»"]|«\s?(?:[Gg]estion des cookies|[Pp]aramètres des cookies|[Pp]références cookies|[Pp]aramétrer les cookies)\s?»){0,300}$/u,
    anyLength: true,
    needs: "partenaires utilisent des cookies",
  },
  // A consent platform's own words: "Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies
  // similaires pour stocker et accéder à des informations personnelles … Vous pouvez retirer votre consentement …" (the
  // first sentence alone may be quoted).
  { reason: "cookie or privacy prompt", re: /^avec votre accord,? nos partenaires et nous utilisons des cookies\b.{0,300}\b(?:consentement|paramétr|accepter|refuser)\b.{0,200}$/iu, anyLength: true },
  // A blog's likes: "★ J’aime   14 personnes aiment ce billet".
  { reason: "share prompt", re: /^(?:★\s?)?j['’]aime\s+\d{1,5} personnes? aim\p{L}+ ce (?:billet|article|post|message)$/iu },
  // A link behind its arrow to the page's documents or pictures: "› Lire le communiqué conjoint (PDF, 180 Ko)", "› Voir
  // la galerie photos", "› Consulter la page Facebook de l'ambassade" ("» Lire aussi : …" links to another article; "›
  // Découvrir les yourtes …" is an item of a programme).
  { reason: "link to the page's documents", re: /^[›»]\s*(?:lire|voir|télécharger|consulter|découvrir|écouter|regarder)\s(?:le|la|les|l['’]|notre|nos)\s?(?:[^.!?;()]{2,60}\((?:pdf|docx?|mp3|mp4)\b[^)]{0,20}\)|(?:galerie|album|diaporama)(?: (?:de )?photos?)?|photos|vidéo|(?:communiqué|texte intégral|programme complet|page (?:facebook|instagram|linkedin|youtube|x))\b[^.!?;]{0,50})$/iu },
  // A page's attached file, with its kind and size: "Programme du séjour (PDF, 212 Ko)" (see classifyLines for its
  // label).
  { reason: "link to the page's documents", re: /^[^()]{3,120}\((?:pdf|docx?|xlsx?|odt|pptx?|zip)\s?[,–-]\s?\d[\d,.\s]*\s?(?:ko|mo|go|kb|mb)\)$/iu },
  // The prefecture's stamps on a council's act sent for control: "Envoyé en préfecture le 30/09/2025", "Reçu en
  // préfecture le 30/09/2025", "ID : 036-213600271-20250925-DEL2025_087-DE".
  { reason: "the act's transmission to the prefecture", re: /^(?:(?:envoyé|reçu|transmis) (?:en|à la) (?:préfecture|sous-préfecture) le \d{1,2}\/\d{1,2}\/\d{4}|id\s?:\s?\d{3}-\d{6,12}-\d{8}-[\w-]{3,40})$/iu },
  // A club's call to join over its page: "Inscriptions ouvertes toute l’année : 2 séances d’essai gratuites !".
  { reason: "subscription prompt", re: /^inscriptions? ouvertes?\b[^.?]{0,80}(?:essai|gratuite?s?|découverte)[^.?]{0,40}!?$/iu },
  // A streaming platform's player in a page: "▶ Écouter la playlist « Dana Ermek : l’essentiel »" (see classifyLines
  // for its count of tracks).
  { reason: "video player", re: /^[▶►]\s*écouter (?:la playlist|l['’]album|le titre|l['’]épisode|le podcast)\b.{0,100}$/iu },
  // A pager between the site's news: "‹ Actualité précédente      Actualité suivante ›"; between a collection's records:
  // "‹ Notice précédente | Notice suivante ›".
  { reason: "navigation link", re: /^[‹«<]\s*(?:actualité|article|publication|billet|nouvelle) précédente?\s{2,}(?:actualité|article|publication|billet|nouvelle) suivante?\s*[›»>]?$/iu },
  { reason: "navigation link", re: /^[‹«<]\s*(?:notice|fiche|œuvre|objet|document) précédente?\s?(?:\||\s{2,})\s?(?:notice|fiche|œuvre|objet|document) suivante?\s*[›»>]?$/iu },
  // The way back to a portal over its page, "Retour au portail Europarl", and its languages' prompt: "Choisissez la
  // langue de votre choix"; the languages' codes in small letters: "bg - es - cs - da - de - …".
  { reason: "navigation link", re: /^(?:[←‹<]\s*)?retour au portail(?:\s\p{Lu}[\p{L}\d'’ -]{1,40})?$/iu },
  { reason: "language switcher", re: /^(?:choisissez|sélectionnez) (?:la |votre )langue(?: de votre choix)?$/iu },
  { reason: "language switcher", re: /^[a-z]{2}(?:\s?[-–|·/]\s?[a-z]{2}){5,}$/u },
  // A collection's record cited with its address: "Citer cette notice : MuCO, notice D.2015.4.1, https://…".
  { reason: "how to cite the page", re: /^citer ce(?:t|tte)? (?:notice|fiche|ressource|objet|œuvre|document)\s?:\s?\S.{0,200}https?:\/\/\S+$/iu, anyLength: true },
  // A collection's image tools: "Agrandir | Télécharger l'image (usage non commercial)".
  { reason: "the gallery's tools", re: /^(?:agrandir|zoomer|plein écran)(?:\s?[|·]\s?|\s{2,})télécharger (?:l['’]image|la photo|le visuel)(?:\s?\([^()]{1,40}\))?$/iu },
  // A betting site's odds for a match, home, draw, away, and its prompt: "1 : 7,50    X : 4,60    2 : 1,40", "Voir les
  // cotes chez nos partenaires".
  { reason: "betting odds", re: /^1\s?:\s?\d{1,3}[,.]\d{1,2}\s+[XN]\s?:\s?\d{1,3}[,.]\d{1,2}\s+2\s?:\s?\d{1,3}[,.]\d{1,2}$|^(?:voir|comparer|consulter) (?:les |toutes les )?cotes (?:chez|sur|de) (?:nos |les )?(?:partenaires|bookmakers|opérateurs|sites de paris)[^.!?]{0,30}$/iu },
  // An encyclopedia's note under its title, naming another entry: "Ne doit pas être confondu avec Relations entre
  // l'Union européenne et le Kazakhstan." (a definition's "Ne doit pas être confondue avec la prairie" is its text).
  { reason: "encyclopedia page furniture", re: /^[Nn]e doit pas être confondue? avec (?:l['’]article |la page )?\p{Lu}[^.«»]{2,120}\.?$/u },
  // A letters page's notice and its address: "Les lettres publiées n'engagent que leurs auteurs. Le titre est de la
  // rédaction …", "Écrivez-nous : courrier@… ou Le Courrier de l'Aude, …" (a letter quoting the notice, "… n'engagent que
  // leurs auteurs. Je l'espère, car …", goes on in its own words; "Écrivez-nous : …@… en indiquant …, pour recevoir
  // l'invitation" is the text's).
  // A markets site's notice behind its name: "Marchés & Matières – Informations financières fournies à titre indicatif,
  // elles ne constituent pas un conseil en investissement." (without it, a regulator's formula the text quotes).
  { reason: "disclaimer or citation notice", re: /^\p{Lu}[^.!?–—]{1,40}\s[–—]\s(?:[Ll]es )?(?:[Ii]nformations|[Dd]onnées|[Cc]ours|[Cc]otations) (?:financières |boursières )?(?:sont )?fournie?s à titre (?:indicatif|informatif|purement informatif),?\s(?:elles |et |ils )?ne constitu(?:e|ent) (?:pas|en aucun cas) (?:un|une) (?:conseil|recommandation|incitation|offre)(?:\s(?:en|d['’]|de)\s?[\p{L}'’ -]{1,40})?\.?$/u, anyLength: true },
  { reason: "disclaimer or citation notice", re: /^les (?:lettres|courriers|messages|contributions|avis) (?:publiée?s|des lecteurs)(?: ici| dans cette rubrique)? n['’]engagent que leurs auteurs?\.?(?:\s(?:le titre|les titres|la rédaction|elles peuvent|ils peuvent|merci de respecter)(?!\p{L}).{0,250})?$/iu, anyLength: true },
  { reason: "contact prompt", re: /^(?:écrivez-nous|écrire à la rédaction|contactez la rédaction)\s?:\s?[\p{L}\d._-]+@[\p{L}\d-]+\.[\p{L}.]{2,}(?:\s(?:ou|–|—|-)\s(?!.*(?<!\p{L})(?:pour|afin|en indiquant|en précisant|avant le)(?!\p{L})).{0,200})?$/iu },
  // A release's press office without its phone: "Contact presse : service de presse de l'ASNR".
  { reason: "contact details", re: /^contacts? (?:presse|médias?)\s?:\s?(?:le |la )?service (?:de )?(?:presse|communication)(?!\p{L})[^.!?]{0,80}$/iu },
  // A call to follow the site on a messaging channel: "Suivez Lagune Infos sur notre chaîne WhatsApp pour ne rien rater
  // de l'actualité !".
  // The site's networks listed behind its name or its kind: "Suivez la faculté : Facebook · Instagram · LinkedIn",
  // "Suivez Échiquier Mag : Facebook · Instagram · YouTube" ("Suivez les parties en direct : YouTube · …" tells where a
  // tournament is shown). Written without the i flag: with it, \p{Lu} would also match lower-case letters.
  { reason: "subscription prompt", re: new RegExp(String.raw`^[Ss]uivez (?:(?:le |la |les |l['’]\s?)(?:faculté|université|musée|association|ambassade|mairie|ville|fondation|institut|école|club|centre|cabinet|chambre|ordre|barreau|observatoire|rédaction|magazine|journal|site|blog|radio|réseau|collectif)(?: [\p{L}'’-]+){0,3}|\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,3})\s?(?::|sur)\s?(?:${NETWORKS})(?:\s?[·|/•]\s?(?:${NETWORKS})){1,8}$`, "u") },
  { reason: "subscription prompt", re: /^suivez \p{Lu}[\p{L}\d.'’ -]{1,60}? sur (?:notre|sa|son) (?:chaîne|page|compte|canal|groupe) (?:whatsapp|telegram|facebook|instagram|youtube|linkedin|x)\b[^.!?]{0,80}[.!]?$/iu },
  // An article's number on a ministry's or an agency's page: "Code de l’actualité : 753218".
  { reason: "the article's number", re: /^(?:code de l['’](?:actualité|article|information)|n° de l['’]article|identifiant de l['’]article)\s*:\s*\d{3,10}$/iu },
  // A review's pointer to the print issue: "Retrouvez cette critique et tout notre dossier « … » dans le n° 187 de
  // Lettres d’ailleurs, en librairie et sur notre boutique en ligne.".
  { reason: "the print issue's promotion", re: /^retrouvez (?:cet article|cette critique|cet entretien|ce reportage|cette chronique|ce portrait)(?: et [^.!?]{1,80})? dans (?:le|notre) (?:n°|numéro)\s?\d{1,4}\b[^.!?]{0,140}\.?$/iu, anyLength: true },
  // A booking button: "Réserver mes billets", "Acheter vos billets" ("Billetterie" or "Réserver ses billets" over a
  // paragraph is an intertitle).
  { reason: "booking button", re: /^(?:(?:réserve[rz]|achete[rz]|prene[rz]) (?:mes|vos|ma|votre) (?:billets?|places?)|je réserve)$/iu },
  // A call to action's buttons, one or two on the line: "Demander un devis Télécharger la fiche (PDF)", "Prendre
  // rendez-vous gratuitement", "Réserver mon test de niveau" ("Prendre rendez-vous" alone heads a how-to's step).
  { reason: "a call to action's button", re: /^(?:(?:demander un devis(?: gratuit)?|télécharger (?:la|le|notre) (?:fiche|brochure|programme|catalogue)(?: technique| détaillée?)?(?: \(pdf\))?|prendre rendez-vous (?:gratuitement|en ligne|maintenant)|réserver (?:mon|ma|mes|votre|vos) [\p{L}'’ -]{2,30}|je (?:réserve|m['’]inscris)(?: maintenant| en ligne| ma place| mes places)?|être rappelée?|contacter un conseiller|envoyer (?:mon inscription|ma demande|le formulaire))\s*){1,3}$/iu },
  // A listing's button to add one's own, its plus sign before: "+ Publier un événement" ("Proposer un événement" may
  // head a guide's part).
  { reason: "navigation link", re: /^\+\s?(?:publier|proposer|ajouter|annoncer|soumettre) (?:un|votre) (?:événement|évènement|annonce)$/iu },
  // A booking site's search form on one line, its fields between bars: "Destination : Astana   |   Arrivée : jeu. 12
  // mars   |   Départ : dim. 15 mars   |   2 adultes · 0 enfant · 1 chambre   |   Rechercher".
  // (Ending on its button: a practical box, "Destination : Almaty | Départ : mardi et samedi | Durée : 7 h 10", has
  // none.)
  { reason: "a search form", re: /^destination\s?:[^|]{1,40}\|\s*(?:arrivée|départ|dates?)\s?:[^|]{1,40}\|[^«»]{0,120}\|\s*rechercher$/iu },
  // A podcast's player and its platforms: "▶ Écouter l’épisode      ⬇ Télécharger (MP3, 49 Mo)", "Aussi disponible sur
  // : Apple Podcasts · Spotify · Deezer · RSS"; its transcript's notice: "Transcription automatique relue par l’équipe.
  // Seules les dix premières minutes sont en accès libre.".
  { reason: "video player", re: /^[▶►]\s*écouter(?: (?:l['’]épisode|l['’]émission|le podcast|le journal))?(?:\s*\(\d{1,2}:\d{2}\))?(?:\s{2,}(?:[⬇⤓]\s*)?télécharger(?:\s*\((?:mp3|m4a|ogg)[^)]{0,20}\))?)?$/iu },
  // (Two platforms at least: "Disponible sur YouTube, le clip de Dimash" is an intertitle; so is "Transcription
  // automatique et traduction instantanée".)
  { reason: "podcast platforms", re: new RegExp(String.raw`^(?:(?:aussi|également) )?(?:disponible|à écouter|écoutez(?:-nous)?) sur\s*:?\s*${PODCAST_PLATFORM}(?:\s*[·|,•]\s*${PODCAST_PLATFORM}){1,8}$`, "iu") },
  { reason: "the transcript's notice", re: /^transcription (?:automatique|générée automatiquement|réalisée automatiquement)(?:,? (?:relue|non relue|corrigée|vérifiée)\b|,? (?:susceptible de|pouvant) contenir des erreurs\b).{0,160}$/iu },
  // A magazine's shopping links: "SHOP THE LOOK" / "Manteau en laine de chameau, 890 € — Acheter".
  { reason: "shopping links", re: /^(?:shop the look|acheter le look)$|^\S.{2,80},\s\d[\d\s\u00a0\u202f]*(?:[.,]\d{2})?\s?€\s[—–-]\s(?:acheter|j['’]achète|voir le produit)$/iu },
  // An exhibition's sponsor: "Mécène principal de l’exposition : TotalEnergies Foundation".
  // ("Mécènes : le pari culturel des grands groupes" is an intertitle.)
  { reason: "sponsors", re: /^(?:[Gg]rands? mécènes?|[Mm]écènes? (?:principal|principaux)|[Mm]écènes? (?:de l['’]exposition|de l['’]événement|du festival|du concert))(?: de l['’]exposition| de l['’]événement| du festival| du concert)?\s*:\s*\p{Lu}[^.!?]{1,80}$/u },
  // A parliament's question sent on to a ministry: "Transmise au Ministère de l'Europe et des affaires étrangères".
  // ("Transmise au ministère, la pétition reste lettre morte" is an intertitle.)
  { reason: "the question's procedure", re: /^Transmise? (?:au|à la|à l['’]) ?(?:[Mm]inistère|[Mm]inistre|[Ss]ecrétariat d['’][ÉE]tat|[Pp]remier ministre)(?![\p{L}])[^.!?,;]{0,100}$/u },
  // A report's downloads and replay: "Télécharger le compte rendu (PDF, 312 Ko)   ·   Revoir le webinaire".
  { reason: "reader tool", re: /^télécharger (?:le|la|l['’]) ?[^()]{1,40}\((?:pdf|docx?)[^)]{0,20}\)\s+[·|]\s+(?:revoir|voir|écouter|regarder) (?:le|la|l['’]) ?\p{L}+$/iu },
  // Calls to follow the site on a messaging app: "Ne manquez aucune actualité : suivez LionGate News sur WhatsApp et
  // Telegram", "Cet article vous a été utile ? Suivez Le Courrier des Hauts-de-Seine sur …", "Cet article vous a-t-il
  // été utile ? Suivez Astana Info dans votre espace Mon Actu.".
  // (The site's name follows the call, capitalised: "suivez l'ambassade … sur Telegram" is advice.)
  { reason: "subscription prompt", re: /^(?:[Nn]e manquez (?:aucune actualité|rien)|[Cc]et article vous a(?:-t-il)? (?:été utile|plu)\s?\?)\s?:?\s?(?:[Ss]uivez|[Aa]bonnez-vous à|[Rr]ejoignez|[Rr]etrouvez)\s\p{Lu}[^.!?]{1,120}(?<!\p{L})(?:WhatsApp|Telegram|Facebook|Instagram|X|LinkedIn|Google Actualités|(?<=\s)dans (?:votre|mon) espace \p{Lu}[^.!?]{1,30})(?!\p{L})(?:\s(?:et|ou)\s(?:WhatsApp|Telegram|Facebook|Instagram|X|LinkedIn))?(?:\set\s(?:recevez|inscrivez-vous|abonnez-vous)\s[^.!?]{1,80})?[.!]?$/u },
  // The same call with its reason behind it: "Suivez Orbita Afrique sur Telegram pour ne rien manquer de l'actualité
  // africaine et internationale." (the site's name capitalised, as above).
  { reason: "subscription prompt", re: /^[Ss]uivez\s\p{Lu}[^.!?]{1,60}?\ssur\s(?:WhatsApp|Telegram|Facebook|Instagram|X|LinkedIn|YouTube|TikTok|Google Actualités)(?:(?:,\s|\s(?:et|ou)\s)(?:WhatsApp|Telegram|Facebook|Instagram|X|LinkedIn|YouTube|TikTok))*\spour ne (?:rien|pas|plus rien) manquer (?:de l['’]actualité|de nos (?:articles|infos|informations|actualités|publications)|de l['’]info)(?!\p{L})[^.!?]{0,80}[.!]?$/u },
  // A social network's group under its name: "Groupe Public · 3,4 K membres".
  { reason: "the group's name and members", re: /^groupe (?:public|privé)\s·\s\d[\d\s\u00a0\u202f,.]*\s?[kK]?\s?membres$/iu },
  // A site's label over its pictures' captions after the text: "Légendes et crédits photo :".
  { reason: "the photos' label", re: /^légendes? et crédits? (?:photos?|des photos)\s?:?$/iu },
  // A recording's button: "▶ Voir le replay (58 min)".
  { reason: "reader tool", re: /^(?:[▶►]\s*)?(?:voir|revoir|regarder) le replay(?:\s*\(\d{1,3}\s?min\))?$/iu },
  // A magazine's sales line under an article from its print issue: "Cet article est paru dans le n° 312 de Tracés &
  // Matières. Acheter le numéro — 14 €", "… dans Rails & Horizons n° 287 (juin 2026), disponible en kiosque et …".
  { reason: "the magazine's sales line", re: /^cet article est paru dans (?:(?:le )?n°\s?\d{1,5} (?:de |d['’]|du )[^.]{2,60}\.\s+acheter (?:le|ce) numéro\b.{0,30}|[^.]{2,60} n°\s?\d{1,5}(?: \([^()]{3,20}\))?, disponible en kiosque\b[^.]{0,60}\.?)$/iu },
  // A page's tools for an event: "Réserver   Ajouter à mon agenda   Partager".
  { reason: "reader tool", re: /^(?:réserver|billetterie)\s{2,}ajouter (?:à mon|au) (?:agenda|calendrier)(?:\s{2,}partager)?$/iu },
  // A writing platform's own links: "Commencer à écrire     Obtenir l’appli".
  { reason: "the platform's links", re: /^commencer à écrire\s{2,}obtenir l['’]appli$/iu },
  // A comments' counter: "RÉAGISSEZ (3)".
  { reason: "comment prompt or counter", re: /^réagissez\s?\(\d{1,4}\)$/iu },
  // A video's length over its player: "Vidéo – durée : 00h01mn52s".
  { reason: "video player", re: /^vidéo\s?[–—:-]\s?durée\s?:\s?(?:\d{1,2}\s?h\s?)?\d{1,2}\s?(?:mn|min)\s?\d{1,2}\s?s$/iu },
  // A page's reader tools in one bar: "Taille du texte   A-   A+      🖨 Imprimer".
  // A site's font sizes and tools in square brackets, as Chinese sites set them: "Taille : [Grand] [Moyen] [Petit]",
  // "[Imprimer]   [Fermer]"; "Signaler ce contenu"; a radio's "▶ Réécouter ce flash".
  { reason: "reader tool", re: /^(?:taille(?: du texte| de (?:la )?police| des caractères)?\s?:\s?)?\[(?:grand|moyen|petit|a\+|a-)\](?:\s+\[(?:grand|moyen|petit|a\+|a-)\]){1,3}$|^\[(?:imprimer|fermer|envoyer|partager|haut de page|retour)\](?:\s+\[(?:imprimer|fermer|envoyer|partager|haut de page|retour)\])+$|^signaler (?:ce|cet|cette) (?:contenu|article|billet|commentaire|message|publication)$|^(?:▶\s?)?(?:réécouter|revoir) (?:ce|cet|cette) (?:flash|journal|épisode|émission|chronique|reportage)$/iu },
  { reason: "reader tool", re: /^taille du texte\s*:?(?:\s*a\s?[+-]){1,4}(?:\s{2,}(?:🖨\uFE0F?\s*)?(?:imprimer|partager|envoyer))+$/iu },
  // A radio's call to listen to its bulletins, at their hours: "Écoutez nos bulletins d'information en français, du
  // lundi au vendredi, à 7h, 12h et 18h" ("Écoutez nos bulletins du matin : en dix minutes, …" answers an interview).
  { reason: "the station's programmes", re: /^écoutez nos (?:bulletins|journaux) d['’]information\b(?=.*(?<![\p{L}\d])\d{1,2}\s?h(?!\p{L}))[^:]{0,200}$/iu },
  // A bank's or a company's disclaimers: "Informations importantes : le présent document est fourni à titre purement
  // informatif …", "Déclarations prospectives : ce communiqué contient des déclarations prospectives …".
  // (Under its label only: "Le présent document est communiqué à titre d'information aux délégations …" quotes a note.)
  { reason: "legal notice", re: /^(?:informations importantes|avertissement)\s?:\s?le présent (?:document|communiqué|message) (?:est fourni|est communiqué|a été établi) à titre (?:purement )?(?:informatif|d['’]information)\b.*$|^(?:déclarations prospectives|avertissement concernant les déclarations prospectives)\s?:\s?.*$/iu, anyLength: true },
  // A newsletter's parts kept for its clients, with the way in: "Les rubriques « Marchés » et « Agenda » sont réservées
  // à nos clients. Accéder à mon espace client".
  { reason: "paywall notice", re: /^les rubriques .{2,80} sont réservées à nos (?:clients|abonnés)\.\s(?:accéder|connectez-vous|abonnez-vous|se connecter|je m['’]abonne)\b.{0,60}$/iu },
  // An event page's tool: "Ajouter à mon agenda (.ics)", "Ajouter au calendrier".
  { reason: "reader tool", re: /^ajouter (?:à (?:mon|votre) (?:agenda|calendrier)|au calendrier|à l['’]agenda)(?:\s?\(\.?ics\))?$/iu },
  // A series' label over its session's title: "Cycle « Les lundis du monde » – Faculté de droit et de science
  // politique" ("Cycle « Les lundis du monde » : le Kazakhstan, puissance moyenne", "Série « Ces Kazakhs qui font Lyon
  // » – Aïgerim Seitkali, la violoniste …" are headlines; "Collection « Mondes eurasiens » – L’Harmattan, 312 pages" a
  // book's).
  { reason: "section label or kicker in the article's head", re: /^(?:cycle|série|saison)\s«[^«»]{2,80}»(?:\s[–—|-]\s[^.!?:,]{2,60})?$/iu },
  // The next session of a series, announced under the page: "À venir dans le cycle : lundi 8 décembre 2025 – « … »".
  { reason: "the site's next event", re: /^(?:à venir dans (?:le|ce|notre) (?:cycle|série)|prochaine séance du cycle)\s?:\s?\S.{0,160}$/iu },
  // A contact's address alone under an announcement: "Contact : département de science politique – lundisdumonde@….fr"
  // (a release's header field, "Contact : Aïgerim Seitkali, service de presse du ministère, press@mfa.kz", is its
  // text).
  { reason: "contact details", re: /^contacts?\s?:\s?[^.!?@,]{0,80}\s[–—-]\s[\p{L}\d._-]+@[\p{L}\d-]+\.[\p{L}.]{2,}$/iu },
  // A digest's links to its other items: "◄ Précédent (2/7) : …", "► Suivant (4/7) : …".
  { reason: "navigation link", re: /^(?:[◄◀‹«<►▶›»>←→]\s*(?:précédent|suivant)\s?(?:\(\d{1,3}\/\d{1,3}\)\s?)?|(?:précédent|suivant)\s?\(\d{1,3}\/\d{1,3}\)\s?|(?:[◄◀‹«<►▶›»>←→]\s*)?(?:article (?:précédent|suivant)|(?:actualité|publication|nouvelle) (?:précédente|suivante)|billet (?:précédent|suivant))\s?):\s\S.{0,200}$/iu, anyLength: true },
  // "Réagir à cette actualité (réservé aux membres connectés)"; a society's call to join: "Adhérer à la SGSLF" over
  // "Rejoignez plus de 600 chercheurs, ingénieurs et enseignants. …" ("Adhérer à l'Union économique eurasiatique" heads
  // a part of an analysis).
  { reason: "comment prompt", re: /^réagir à (?:cette actualité|cet article|ce billet|cette information)(?:\s*\((?:réservé|réservée) aux (?:membres|abonnés|inscrits)[^()]{0,30}\))?$/iu },
  { reason: "subscription prompt", re: /^[Aa]dhér(?:er|ez) à (?:la |l['’]|notre )?(?:\p{Lu}{3,8}|[Aa]ssociation|[Ss]ociété|[Cc]lub)(?!\p{L})[\p{L}\d'’ -]{0,40}$|^[Rr]ejoignez plus de \d[\d\s\u00a0\u202f]*(?:membres|chercheurs|adhérents|abonnés|lecteurs)(?!\p{L}).{0,160}$/u },
  // A Flemish site's tools over its French summaries: "Aanmelden   Abonneer nu – 1 maand gratis" (its date line is read
  // in classify.ts); the notice over such a summary: "Vous lisez un résumé en français d'un article paru dans notre
  // édition néerlandophone.".
  { reason: "navigation link", re: /^(?:aanmelden|inloggen|afmelden|zoeken)$/iu },
  { reason: "subscription prompt", re: /^(?:abonneer(?: je)? nu|word abonnee)(?!\p{L}).{0,40}$/iu },
  { reason: "subscription prompt", re: /^nieuwsbrief\s?:.{0,120}$/iu },
  // A metered paywall's count: "Vous avez lu 3 articles gratuits ce mois-ci. Créez un compte pour continuer.".
  { reason: "paywall notice", re: /^vous avez lu \d{1,2} articles? (?:gratuits? )?(?:ce mois-ci|cette semaine|sur \d{1,2})\s?[.!]\s?(?:créez|abonnez|connectez|inscrivez|profitez|pour continuer)[^«»"]{0,120}$/iu },
  // A search's count over its results, as the software writes it: "Résultat de la recherche : 1 document(s)".
  { reason: "the search's results", re: /^résultats? de (?:la |votre )?recherche\s?:\s?\d{1,6}\s(?:document|résultat|notice|réponse)\(s\)$/iu },
  // An archive's offer to its professional customers, a link: "Pour toute utilisation professionnelle de cette vidéo,
  // rendez-vous sur INA mediapro".
  { reason: "the archive's licensing notice", re: /^pour toute utilisation professionnelle de cette (?:vidéo|archive|image),? rendez-vous sur\s[^.]{1,40}$/iu },
  // A scanned paper's viewer over the text its OCR gives: "Ce texte a été généré automatiquement par reconnaissance
  // optique de caractères (OCR) et peut contenir des erreurs.".
  { reason: "the viewer's notice", re: /^ce texte (?:a été |est )?(?:généré|produit|obtenu|extrait)(?!\p{L})[^«»]{0,80}(?<!\p{L})(?:OCR|reconnaissance optique)(?!\p{L})[^«»]{0,80}(?<!\p{L})(?:peut|peuvent|est susceptible de) (?:contenir|comporter) (?:des|quelques|certaines) erreurs\.?$/iu, anyLength: true, needs: "texte" },
  { reason: "the summary's notice", re: /^(?:vous lisez (?:un résumé|une traduction|une version abrégée)(?: en français)? d['’]un article\b.{0,140}|résumé (?:en français )?(?:rédigé|établi|traduit) à partir de l['’]article original\b.{0,240})$/iu },
  // A photo agency's desk: its labels ("TEXTE D'ACCOMPAGNEMENT", "PHOTOS"), a picture's reference and size ("Réf.
  // APF_20250617_0047 · 5472 × 3648 px · 6,8 Mo · Usage éditorial uniquement – POOL"), its sorting and paging ("Trier
  // par : Pertinence ▾   Afficher : Grille | Liste"; a tutorial's "Trier par : date" is its text; "Afficher les 20
  // photos suivantes"), its terms ("Restrictions : pas de ventes aux archives, pas d'usage publicitaire.", "Crédit
  // obligatoire : APF."; "Restrictions : pas de ventes de biens à double usage …" states sanctions, "Restrictions : …
  // aucun usage commercial …" an archive's terms, "Crédit obligatoire : service de presse de l'Akorda" credits a
  // photo).
  { reason: "the photo desk's tools", re: /^(?:texte d['’]accompagnement|photos|r[ée]f\.?\s?[\w-]{6,40}\s·\s.{0,120}\d\s?(?:px|Mo|Ko)(?!\p{L}).{0,80}|trier par\s?:\s?pertinence(?!\p{L}).{0,60}|(?:afficher|voir) les \d{1,4} (?:photos|images|vidéos|articles|résultats) suivante?s|restrictions\s?:\s?(?=[^.]{0,80}(?<!\p{L})(?:aux archives|usage éditorial|no sales|no archives)(?!\p{L})).{0,160}|crédit obligatoire\s?:\s?\p{Lu}{2,}(?:[\s/-]\p{Lu}{2,}){0,3}\.?)$/iu },
  // An offer to subscribe, labelled, its price a month: "L'abonnement qui vous ressemble : 1 € le premier mois, sans
  // engagement" ("L'abonnement résidentiel sera proposé à environ 45 € par mois, sans engagement, …" reports one).
  { reason: "subscription prompt", re: /^(?:l['’])?(?:abonnement|offre)[^:.]{0,40}:\s?\d{1,2}(?:,\d{2})?\s?€\s?(?:le premier mois|les \d{1,2} premiers mois|par mois|\/\s?mois)(?:,?\s?sans engagement)?$/iu },
  // An event platform's page around a webinar's recap: its organiser's line with its rating ("Organisé par Cercle
  // Eurasie Conseil   ★ 4,7 (38 avis)   Suivre l'organisateur"), its template's label ("À propos de cet événement"), a
  // file kept for participants ("Support de présentation de … (PDF, 3,1 Mo) — réservé aux participants"), its prompts
  // ("Vous avez aimé cet événement ?   Laisser un avis", "Voir plus d'événements", "Signaler cet événement").
  { reason: "the event platform's tools", re: /^(?:organisé par [^★]{2,60}\s{2,}(?:★.{0,60}|suivre l['’]organisat(?:eur|rice))|à propos de cet (?:événement|évènement|webinaire)|.{3,120}\((?:PDF|PPTX?|DOCX?)[^)]{0,20}\)\s?[—–-]\s?réservée? aux (?:participants|inscrits|membres|abonnés)(?: inscrits| connectés)?|vous avez aimé cet (?:événement|évènement|webinaire) \?(?:\s{2,}laisser un avis)?|voir plus d['’](?:événements|évènements|webinaires)|signaler cet (?:événement|évènement|webinaire))$/iu },
  // A newswire's dateline alone on its line, over the release: "PARIS--(BUSINESS WIRE)--Regulatory News :".
  { reason: "the newswire's dateline", re: /^\p{Lu}[\p{Lu} .'’-]{1,40}(?:,\s\p{L}[\p{L} .'’-]{1,40})?\s?--\s?\([^()]{2,40}\)\s?--(?:\s?\p{L}[\p{L} ]{1,30})?$/u },
  // A deliberation's header field: "Commission saisie : Commission Europe, international et attractivité (avis
  // favorable)" (its "Objet : …" may be an e-mail's, quoted).
  { reason: "the deliberation's header", re: /^commission (?:saisie|compétente)\s?:\s?\S.{2,240}$/iu },
  // A market ticker in the head: "Nikkei 225  49 507,21 ▲ 1,03 %   TOPIX  3 412,88 ▲ 0,74 %   USD/JPY  1…" (two rises
  // or falls or more, an index or a currency pair named; "• Kazakhstan : 2,1 milliards de dollars (▲ 8,4 %), … (▲ 11,2
  // %)" is a list's figure).
  { reason: "the day's rates and weather", re: /^(?![•*–-])(?=(?:.*?[▲▼]\s?[+-]?\d{1,3}(?:,\d{1,2})?\s?%){2})(?=.*(?<!\p{L})(?:Nikkei|TOPIX|CAC 40|Dow Jones|Nasdaq|S&P 500|DAX|FTSE|KASE|Hang Seng|Brent|[A-Z]{3}\/[A-Z]{3})(?!\p{L})).{10,200}$/u },
  // A masthead in its own script with its name in capitals, two words or more: "新経済日報 SHINKEIZAI DAILY" ("敦煌
  // DUNHUANG" heads a part).
  { reason: "the site's name", re: /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]{2,12}\s+\p{Lu}+(?:\s\p{Lu}+){1,4}$/u },
  // A gallery's pager and the page's tools with its pictures' count: "Photo 1 sur 24   ‹ Précédente   Suivante ›",
  // "Imprimer   Partager   Télécharger les photos (24)".
  { reason: "the gallery's tools", re: /^(?:photo \d{1,3} sur \d{1,3}(?:\s{2,}[‹<]?\s?précédente\s{2,}suivante\s?[›>]?)?|(?:imprimer|partager)(?:\s{2,}(?:imprimer|partager|télécharger les (?:photos|images)(?:\s?\(\d{1,4}\))?)){1,3})$/iu },
  // A photo gallery's notice and its counted captions: "Galerie : 24 photos (cliquez pour agrandir)", "Photo 1 sur 24
  // — L'équipe de l'association avant le match.".
  { reason: "photo gallery", re: /^(?:(?:galerie|diaporama|album)(?: photos?)?\s?:\s?\d{1,3}\s(?:photos|images)(?:\s?\((?:cliquez|cliquer) pour (?:les )?agrandir\))?|photo \d{1,3} (?:sur|\/) \d{1,3}(?:\s?[—–-]\s?\S.{0,200})?)$/iu },
  // A parliament's question's state: "Statut : Réponse reçue".
  { reason: "the question's state", re: /^statut\s?:\s?(?:réponse reçue|réponse publiée|en attente de réponse|sans réponse|question retirée|question caduque)$/iu },
  // How many other languages the page is in: "Autres langues: 3".
  { reason: "language switcher", re: /^autres langues\s*:?\s*\d{1,2}$/iu },
  // The publisher's memberships and funding under the text: "L’Horizon du Nord est membre de l’Association de la presse
  // francophone. Nous reconnaissons l’appui financier du gouvernement du Canada.", "Radio Ondes Libres est membre de la
  // Confédération nationale des radios associatives. Fréquence 94.7 FM …".
  {
    reason: "the publisher's details",
    anyLength: true,
    re: /^(?:[^.!?]{2,60} est (?:membre|adhérente?) (?:de l['’]|de la |du )(?:association de la presse|confédération nationale des radios|syndicat (?:national )?de la presse|syndicat des radios|fédération (?:nationale )?de la presse|alliance de la presse|réseau (?:francophone )?des radios)[^.!?]{0,80}[.!?](?:\s.{2,200})?|nous reconnaissons l['’]appui financier du gouvernement du canada[^.!?]{0,160}[.!]?)$/iu,
  },
  // The publisher under the footer: "Une offre de la SSR. SRG SSR", "Un service de …".
  { reason: "the publisher's details", re: /^(?:[Uu]ne offre|[Uu]n service|[Uu]ne publication|[Uu]ne marque|[Uu]n média)(?: proposée?)? (?:de la|de l['’]|du|des|de)\s?\p{Lu}[\p{L}\p{N}'’ &.-]{0,60}$/u },
  // A call to join the site's debates after its sentence on them: "Vous pouvez trouver … avec nos journalistes ici.
  // Rejoignez-nous !" (a slogan quoted in the text, "… : Investisseurs européens, rejoignez-nous !", is the text's).
  { reason: "subscription prompt", re: /^(?=[^«»"“”]{0,160}$)(?=.*(?<!\p{L})(?:nos|notre)(?!\p{L})).*[.!?]\s(?:rejoignez-nous|rejoignez (?:la|le) (?:discussion|conversation|débat|communauté))\s*!$/iu },
  // The languages' codes in a row: "BG ES CS DA DE ET EL EN FR GA …".
  { reason: "language switcher", re: /^(?:[A-Z]{2}(?:\s+|\s*[|/·]\s*)){4,}[A-Z]{2}$/u },
  // A language switcher's entry alone on its line: "FR", "EN", "Deu", "Tür", "Қаз".
  {
    reason: "language switcher",
    re: /^(?:FR|EN|ES|DE|IT|PT|RU|KZ|KK|AR|ZH|CN|JA|TR|UZ|NL|PL|UK|UA|Fr|En|Es|De|Ru|Kz|Deu|Eng|Fra|Rus|Qaz|Tür|Uzb|Esp)$/u,
  },
  // A channel's link to its live stream, in small capitals: "ᴅɪʀᴇᴄᴛ  TVT World".
  { reason: "video player", re: /^(?:ᴅɪʀᴇᴄᴛ|ʟɪᴠᴇ)\s+\S.{0,40}$/u },
  // A radio's link to its live stream behind the player's triangle, the station's name: "▶ En direct : RCI Français"
  // ("► En direct : Tokaïev et Costa signent …" titles a live page's entry). So is its name with its frequency: "▶ EN
  // DIRECT   RNV5 – 105,5 MHz".
  { reason: "video player", re: /^[▶►]\s*(?:en direct|le direct|écouter le direct|regarder le direct)(?:\s*:\s*\S+(?:\s\S+){0,2}|\s*[:|–—-]?\s+\S+(?:\s\S+){0,3}\s\d{2,3}(?:[,.]\d)?\s?MHz)$/iu },
  // A text-mode browser's dump (w3m, lynx): an image's placeholder, "[IMG]"; the page's buttons, each in brackets,
  // "[Facebook] [Twitter] [Mail] [Imprimer]"; a form, its fields drawn with underscores beside its button,
  // "Menu  [____] [ Rechercher ]  S'abonner", "Votre e-mail [____] [ Je m'inscris ]" (an exercise's blanks, "Vous
  // entrez dans un magasin : [________], апай!", have no button).
  { reason: "the page's buttons and forms in a text browser's dump", re: /^(?:\[(?:IMG|INLINE|img)\]|(?:\[\s?(?:Facebook|Twitter|X|LinkedIn|Mail|E-mail|Email|Imprimer|Partager|WhatsApp|Telegram|Messenger|Pinterest|Reddit|Copier le lien|Envoyer|Rechercher|OK|Valider|Connexion|S'abonner|S’abonner|Publier)\s?\]\s*){2,8})$/iu },
  { reason: "the page's buttons and forms in a text browser's dump", re: /^(?=.*\[ [^\[\]_]{2,30} \])[^«»"]{0,100}\[_{4,}\][^«»"]{0,200}$/u, anyLength: true, needs: "[__" },
  // An article shared by e-mail from a site's application, its notice: "Vous recevez ce message parce qu'un utilisateur
  // de l'application InfoContinu a souhaité partager cet article avec vous." (its link: see classify.ts).
  { reason: "e-mail newsletter furniture", re: /^vous recevez (?:ce|cet|cette) (?:e-?mail|message|courriel) (?:parce qu['’]|car )(?:un utilisateur|une utilisatrice|une personne|un(?:e)? ami(?:e)?|quelqu['’]un|un(?:e)? lect(?:eur|rice))\b[^«»"]{0,200}$/iu, anyLength: true, needs: "vous recevez" },
  // A reading tool's notice under the page it sent to an e-reader: "Envoyé sur votre liseuse avec Liseo. Pour ne plus
  // recevoir ces envois, modifiez vos préférences dans l'application.".
  { reason: "e-mail newsletter furniture", re: /^envoyé (?:sur|à|vers) (?:votre|ma|la) liseuse\b[^«»"]{0,200}$/iu, anyLength: true, needs: "liseuse" },
  // A subscriber's gift, offered under the headline: "Vous pouvez offrir cet article sans limite à vos proches."; a
  // series' note after the text: "Cet article fait partie de notre série « Routes d'Eurasie ».".
  { reason: "subscription prompt", re: /^vous pouvez offrir (?:cet article|ce contenu|cette enquête)\b[^«»"]{0,80}$/iu },
  { reason: "link to another article", re: /^(?:cet article|cet épisode|ce texte|cette enquête) fait partie de (?:notre|la|cette) (?:série|collection|saga|dossier)\s«[^«»]{2,60}»\.?$/iu },
  // A Canadian programme's notice under a local reporter's article: "Ce contenu est rendu possible grâce au financement du
  // gouvernement du Canada dans le cadre de l'Initiative de journalisme local." (the byline's "Initiative de journalisme
  // local" credits the reporter: see classify.ts).
  { reason: "the site's partners and licence", re: /^ce contenu (?:est|a été) rendu possible grâce au financement du gouvernement du canada\b[^«»"]{0,160}$/iu, anyLength: true, needs: "gouvernement du canada" },
  // A subscriber's and a reader's prompts: "Vous lisez un article Premium. Merci de soutenir le journalisme régional.",
  // "Cet article vous a été utile ? Découvrez nos offres Premium à partir de 9,99 € par mois.", "📩 Chaque vendredi,
  // Octet Mag vous envoie l'essentiel de la tech, sans le bruit. Inscrivez-vous, c'est gratuit.".
  { reason: "subscription prompt", re: /^vous lisez un article (?:premium|abonnés?|réservé aux abonnés)\b[^«»"]{0,120}$/iu },
  { reason: "subscription prompt", re: /^(?:cet article vous a (?:été utile|plu)|vous avez aimé cet article)\s?\?\s(?:découvrez|abonnez-vous|profitez)\b[^«»"]{0,60}(?:offres?|abonnement|premium)\b[^«»"]{0,80}$/iu },
  { reason: "subscription prompt", re: /^(?:📩\s?)?chaque (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine|matin|soir|jour),?\s[^«»".!?]{2,60}\svous envoie\b(?=[^?]*(?:inscrivez-vous|abonnez-vous|c['’]est gratuit))[^«»"?]{0,160}$/iu, anyLength: true, needs: "vous envoie" },
  // A travel site's notice on its affiliate links: "Cet article contient des liens affiliés : si vous réservez par leur
  // intermédiaire, nous touchons une petite commission …".
  { reason: "legal notice", re: /^(?:cet article|cette page|ce guide) contient des liens (?:affiliés|d['’]affiliation|sponsorisés)\b[^«»"]{0,250}$/iu, anyLength: true, needs: "liens" },
  // An e-mail's confidentiality notice and a wire's subscribers' link under a dispatch: "Ce message et toutes les pièces
  // jointes sont établis à l'intention exclusive de ses destinataires et sont confidentiels. …", "Pour gérer vos
  // abonnements aux fils de l'AEAP, rendez-vous dans votre espace client.".
  { reason: "e-mail newsletter furniture", re: /^ce (?:message|courriel|e-mail)(?: et (?:toutes )?(?:les|ses) pièces jointes)? (?:sont|est) (?:établis|établi|confidentiels?|strictement confidentiels?)\b[^«»"]{0,400}$/iu, anyLength: true, needs: "ce " },
  { reason: "e-mail newsletter furniture", re: /^pour gérer vos abonnements\b[^«»"]{0,120}$/iu },
  // A newsletter sent by e-mail: "Voir la version en ligne", "Se désinscrire", "Vous recevez cet e-mail car…", "Une
  // remarque ? Répondez simplement à ce message, nous lisons tout."; as a mail client shows it, "Afficher dans le
  // navigateur <https://…>".
  {
    reason: "e-mail newsletter furniture",
    re: /^(?:(?:voir|afficher|lire) (?:la version|cet e-?mail|cette lettre) (?:en ligne|dans (?:votre|le) navigateur).*|(?:afficher|voir|ouvrir) dans (?:le|votre) navigateur(?:\s?<[^<>\s]+>?)?|vous ne parvenez pas à (?:lire|afficher|voir) (?:correctement )?(?:ce|cet|cette) (?:message|e-?mail|courriel|lettre|newsletter)\s?\?\s(?:consultez|cliquez|voir|affichez|ouvrez)\b.{0,60}(?:en ligne|navigateur|version web)\.?|si (?:ce|cet|cette) (?:message|e-?mail|courriel|lettre|newsletter) ne s['’]affiche pas (?:correctement|bien).{0,80}(?:navigateur|en ligne|version (?:web|en ligne)).*|\[(?:logo|image|photo|bannière|illustration)(?:\s[^\]:\s]+){0,3}\]|(?:se )?désinscrire|désabonnement|(?:pour )?vous désabonner.*|unsubscribe.*|vous recevez (?:cet|ce|cette|la|le) (?:e-?mail|message|lettre|revue|newsletter|bulletin).*|vous recevez ce courriel (?:car|parce que|en tant que) (?:vous|membre|abonnée?)\b.*|(?:-{2,}|_{2,})\s*(?:message transféré|original message|message d['’]origine|forwarded message)\s*(?:-{2,}|_{2,})|début du message (?:réexpédié|transféré)\s*:?|--|\[cid:[^\]]+\]|(?:bonjour|bonsoir) à (?:toutes et à tous|tous)\s*,|(?:chers? (?:lecteurs?|abonnés?)|chères? (?:lectrices?|abonnées?))(?: et chers? [^,]{1,40}| et chères? [^,]{1,40})?\s*,|au sommaire (?:de cette|du|de ce).*|cette (?:newsletter|lettre) vous a été transférée\s*\?.*|(?:voir|découvrir) toutes nos (?:newsletters|lettres)|(?:[^.!?]{0,80}\?\s)?répondez simplement à (?:ce message|cet e-?mail|cette lettre)(?!\p{L}),\s(?:nous|je)\s.{0,60}|(?:bonjour|bonsoir)\s*,\s*au (?:menu|sommaire) (?:ce matin|ce soir|aujourd['’]hui|de cette (?:lettre|édition))\s*:.*)$/iu,
  },
  // "Cet article vous a-t-il été utile ? Oui Non", "Cette définition vous a-t-elle été utile ?" (its buttons may stand on
  // a line of their own: see classifyLines).
  { reason: "feedback prompt", re: /^(?:\d{1,3}\s?%\s(?:des|de nos) (?:lecteurs|lectrices|internautes|utilisateurs|visiteurs|personnes) (?:ont trouvé|trouvent) (?:cette|cet|ce) (?:page|article|réponse|contenu|information) utile|vous avez (?:trouvé|repéré|remarqué|vu) une (?:erreur|faute|coquille)\s*\??.{0,80}|vous avez (?:trouvé|repéré|remarqué|vu) une (?:erreur|faute|coquille) dans (?:l['’]un de nos|un de nos|nos) (?:articles|contenus)\s?\?\s?(?:signalez|écrivez|contactez)[^«»]{0,120}|cet article vous a-t-il (?:été utile|plu)|avez-vous trouvé cet article utile|cette (?:information|page|fiche|note|réponse|actualité|définition|entrée|explication) vous a-t-elle été utile|ce (?:résumé|guide|contenu|conseil) vous a-t-il été utile|vous avez repéré une information douteuse\s*\?.{0,100})\s*\??(?:\s*(?:oui|non))*$/iu },
];

// Prompts that give themselves away anywhere in a short line: "Cet article vous a plu ? Abonnez-vous pour soutenir…".
// The site's own appeals, not quoted: "… ne reçoit aucune subvention publique. Ce sont vos dons qui nous permettent …",
// "Vous aimez cette lettre ? Transférez-la à un collègue" ("Vous aimez La Lettre des steppes ? …"), a student paper's
// "Vous aimez L'Amphi Libre ? Rejoignez la rédaction ! …", "Pas encore abonné(e) ? Inscrivez-vous", "Cet article est en
// accès libre. Le Révélateur ne vit que grâce à ses abonné·es." (a newspaper quoted, "« Notre journal ne vit que de ses
// lecteurs »", is the text's), "… Haïastan Actu ne vit que de vos dons.", "Soutenez une information religieuse
// indépendante. Chaque don compte." (a slogan without its stop, "Soutenez une presse libre : le mot d'ordre du 3 mai",
// is an intertitle). "Cette page vous a été utile ? Notre travail ne dépend d'aucun État … Il n'existe que grâce à
// vous." ("Ce dossier vous a été utile ?" alone asks the reader's opinion; "Ce jumelage n'existe que grâce à vous."
// thanks a twinning's families).
const OWN_PROMPT_RE = /^(?!.*[«“"])(?:(?:cette page|ce dossier|cette fiche|cet article) vous a été utile\s?\?\s.*(?:grâce à vous|vos dons|votre soutien)|(?:.*[.!?]\s+)?ce sont vos dons qui|(?=.*(?<!\p{L})cet article(?!\p{L})).*(?<!\p{L})ne vit que (?:de|grâce à) ses (?:lect|abonn)|(?:.*[.!?]\s+)?\p{Lu}[\p{L}'’ .&-]{1,40} ne vit que (?:de|grâce à) vos dons|vous aimez (?:cette lettre|cette newsletter|\p{Lu}[^?.!]{1,40})\s*\?.*transférez-(?:la|le)|vous aimez [^?.!]{1,40}\s*\?\s*rejoignez la rédaction(?!\p{L})|pas encore abonnée?(?:\(e\))?\s*\?|(?:.*[.!?]\s+)?soutenez une (?:information|presse)(?: \p{L}+)? (?:indépendante|libre)\s?[.!])/iu;
const PROMPT_ANYWHERE_RE = /abonnez-vous|abonnez vous|soutenez(?:-nous| notre (?:travail|journalisme|rédaction|média))|faites un don\b|cet article vous a plu|inscrivez-vous à (?:notre|la|nos) (?:newsletter|lettre|alertes)|désactivez votre bloqueur de publicité|vous désabonner|vous avez aimé cet article/iu;

/** The family reason of a whole line, or null; a line over FURNITURE_MAX_CHARS only by a family of any length. */
function phraseFamilyOf(text: string): string | null {
  const long = text.length > FURNITURE_MAX_CHARS;
  // "Partagez cet article :" is the same prompt as "Partagez cet article".
  // Markdown's bold marks are not words: "**Temps de lecture estimé :** 9 min" is a reading time.
  // Trailing spaces trimmed first: a pattern opening on `\s*` at the end would retry from every space of a long run.
  const bare = (text.includes("**") ? text.replace(/\*\*/gu, "") : text).trimEnd().replace(/[:>›…]+$/u, "").trimEnd();
  // A notice of any length is matched as written: "Comment citer cette publication :" keeps its colon.
  let lower: string | undefined;
  for (const f of PHRASE_FAMILIES) {
    if (f.needs && !(lower ??= text.toLowerCase()).includes(f.needs)) continue;
    if (f.anyLength ? f.re.test(text) : !long && f.re.test(bare)) return f.reason;
  }
  return null;
}

// Buttons in brackets, three or more, nothing else on the line ("[Vidéo] [Podcast]" may announce a text's versions).
const BRACKETED_ITEMS_RE = /^(?:\[[^\[\]]{1,40}\]\s*){3,12}$/u;
// Where a toolbar or a menu separates its items: a run of spaces, a tab, or a spaced bar or dot: "Offrir    Partager".
const TOOLBAR_SEP_RE = /\s+[|·•]\s+| {2,}/u;
// (The site's own: "Votes des pays d’Asie centrale :   Kazakhstan   Kirghizstan   …" heads a table.) A parliament's
// quick links: "Accès rapide : Séance en direct · Ordre du jour · Dossiers législatifs".
const LABELLED_MENU_RE = /^(?:(?:Nos|Nos autres|Autres|Toutes nos|Tous nos) [^:]{2,30}\s?:\s{2,}|(?:Accès rapide|Liens rapides)\s?:\s?)(\S.*)$/u;
// A page number a PDF's running header or footer ends with, far from its text: "Notes de l'Observatoire n° 27     3",
// "Procès-verbal – Conseil municipal du 12 décembre 2024          Page 15 / 38" (a table's rank, "Classement RSF …
// 142 / 180", has no "Page")
// (a table's row has more columns: "Énergie & Uranium     3     5     6").
const RUNNING_HEADER_RE = /^\S(?:(?! {4}).){3,100}\S {4,}(?:page\s\d{1,3}(?:\s?\/\s?\d{1,3})?|\d{1,3})$|^\S.{3,120}\S(?:\t| {4,})\S.{0,80}[–—-]\s?page\s?\d{1,3}\s?(?:\/|sur)\s?\d{1,3}$|^\d{1,2}[./]\d{1,2}[./]\d{2,4}\s+\d{1,2}:\d{2}\s.{3,120}\S {4,}p\.\s?\d{1,3}\s?\/\s?\d{1,3}$|^(?:page|p\.)\s*\d{1,4}(?:\s*(?:\/|sur|of)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$/iu;

// A tool's verb alone, beside other tools.
// (A lesson's video gives its transcript's link: "Vidéo · 14 min   Transcription   Télécharger les diapositives (PDF)".)
// (A feed reader's: "☆ Favori   ⧉ Partager   ✓ Marquer comme non lu   ⋯".)
const TOOL_VERB_RE = /^(?:télécharger|imprimer|enregistrer|copier|suivre|extrait|signaler|transcription|favori|marquer comme (?:non )?lu)$/iu;
// A count beside the tools, a video's likes: "👍 3,4 k".
const TOOL_COUNT_RE = /^\d[\d\s\u00a0\u202f,.]*\s?[kKM]?$/u;
// A menu's item asking a question: "Qui suis-je ?", "Qui sommes-nous ?".
const MENU_QUESTION_RE = /^(?:qui|que|où|comment|pourquoi)\b[^?]{0,30}\?$/iu;
// A season or a school year in a menu's item, two years that follow each other: "Séminaire 2023-2024", "Saison
// 2024/25".
const SEASON_RE = /(?<!\d)(\d{4})\s?[-–/]\s?(\d{4}|\d{2})(?![\d/.–-])/gu;
const withoutSeasons = (text: string) => text.replace(SEASON_RE, (all, a: string, b: string) => ((Number(a) + 1) % (b.length === 4 ? 10000 : 100) === Number(b) ? "" : all));

// A language's code as a switcher writes it: "FR", "ENG", "РУС", "Қаз", "ქართ", "Հայ", "中文", "عربي".
// A language switcher's label before its first language: "Langues : ", "Lire en : ".
const LANGUAGES_LABEL_RE = /^(?:langues?|languages?|lire en|disponible en|version)\s?:\s*/iu;
const LANGUAGE_CODE_RE = /^(?:\p{Lu}{2,3}|\p{Lu}\p{Ll}{1,2}|[\p{Script=Georgian}\p{Script=Armenian}\p{Script=Han}\p{Script=Arabic}\p{Script=Hebrew}]{1,5})$/u;
// A language's own name, as a switcher lists them.
const LANGUAGE_NAME_RE = /^(?:English|Deutsch|Español|Italiano|Português|Türkçe|Русский|Қазақша|Қазақ тілі|Oʻzbekcha|O'zbekcha|Кыргызча|Тоҷикӣ|Bosanski|Polski|Nederlands|Українська|中文|日本語|한국어|العربية|عربي|فارسی|ქართული|Հայերեն|Azərbaycanca|Azərbaycan|Türkmençe|Монгол|Tiếng Việt|ไทย|Čeština|Hrvatski|Slovenščina|Slovenčina|Български|Ελληνικά|Română|Magyar|Eesti|Latviešu|Lietuvių|Suomi|Svenska|Srpski|Српски|Македонски|Беларуская|Bahasa Indonesia|Bahasa Melayu|עברית|हिन्दी|اردو|Tamazight|Français|български|español|čeština|dansk|eesti|ελληνικά|Gaeilge|hrvatski|italiano|latviešu|lietuvių|magyar|Malti|polski|português|română|slovenčina|slovenščina|suomi|svenska|français|қазақ тілі|қазақша|русский|українська|oʻzbekcha)$/u;

/**
 * A toolbar or menu written on one line: items set apart by wide spaces or spaced bars, each one a furniture phrase
 * ("Offrir cet article    Ajouter à vos sélections    Partager"), or at least three short capitalised items and no
 * sentence ("Kazakhstan   Kirghizstan   Ouzbékistan   Dossiers   Faire un don"). Tabs are left alone: they set out tables.
 */
function toolbarReason(text: string): string | null {
  // A page saved as text puts each button in brackets: "[Partager sur Facebook] [Partager sur X] [Copier le lien]".
  if (BRACKETED_ITEMS_RE.test(text)) {
    const items = [...text.matchAll(/\[([^\[\]]+)\]/gu)].map((m) => m[1].trim());
    const reasons = items.map(phraseFamilyOf);
    if (reasons.filter(Boolean).length >= 2) return reasons.find(Boolean)!;
    // An old site's menu, five sections or more, each a word or three with a capital, its home among them: "[ Accueil ]
    // [ La Une ] [ France ] [ Monde ] [ Economie ] …" (not letters nor words an article lists: "[Ä] [Ğ] [Q] …").
    if (items.length >= 5 && items.some((x) => /^(?:accueil|home|sommaire)$/iu.test(x)) && items.every((x) => /^\p{Lu}/u.test(x) && countWords(x) <= 3 && !/[.!?:]/u.test(x))) return "navigation menu or tag list";
  }
  if (!TOOLBAR_SEP_RE.test(text)) return null;
  // A pager's arrows and a tool's pictogram are not its items' words: "< Sommaire     < Précédent     Suivant >", "◀
  // Précédent   1 / 18   Suivant ▶", "« Nouvelle précédente     Toutes les nouvelles     Nouvelle suivante »", "⏱ 5
  // min". A plain-text e-mail's link numbers are not its items' words either: "Se désinscrire [11]   |   Gérer mes
  // préférences [12]".
  const written = text.split(TOOLBAR_SEP_RE).map((p) => p.trim().replace(/^[<‹←◀«]\s*|\s*[>›→▶»]$|\s*\[\d{1,3}\]$/gu, "")).filter(Boolean);
  // A network's logo copied as its letters: Facebook's "f", LinkedIn's "in", X's "𝕏"; a favourite's star: "☆ Ajouter à
  // mes favoris".
  // A reader's tools behind their signs, its menu's ellipsis apart: "⧉ Partager   ✓ Marquer comme non lu   ⋯".
  const items = written.map((p) => p.replace(/^(?:[\p{Extended_Pictographic}\uFE0F☆★♡⧉✓]+|[☰≡⋮]\+?)\s*/gu, "")).filter((p) => p && p !== "f" && p !== "in" && p !== "𝕏" && p !== "⋯");
  // "☰ Menu   🔍": one word beside pictograms alone is the tool its word names.
  if (items.length === 1 && written.length >= 2) return phraseFamilyOf(items[0]);
  if (items.length < 2) return null;
  // Languages by their own names: "🇹🇷 Türkçe   English   Deutsch   Русский   العربية   Bosanski" (one alone may be an
  // intertitle over its version of a text), maybe under their label: "Langues : English   Русский   Français".
  // (French or English among them: "ქართული   Հայերեն   Azərbaycanca" heads a table of a word in three alphabets.)
  const languages = [items[0].replace(LANGUAGES_LABEL_RE, ""), ...items.slice(1)];
  // (The European Union's sites name theirs in small letters: "български   español   čeština   …   français   …".)
  if (items.length >= 3 && languages.every((p) => LANGUAGE_NAME_RE.test(p)) && items.some((p) => /^(?:Français|English|français)$/u.test(p))) return "language switcher";
  // Or by their codes, French or English among them: "ქართ   ENG   РУС   FR", "Հայ | РУС | EN | FR".
  if (items.length >= 3 && languages.every((p) => LANGUAGE_CODE_RE.test(p)) && items.some((p) => /^(?:FR|FRA|EN|ENG)$/u.test(p))) return "language switcher";
  const reasons = items.map(phraseFamilyOf);
  if (reasons.every(Boolean)) return reasons[0]!;
  // Beside other tools, a verb alone is one too: "Partager     Ajouter à ma liste     Télécharger"; so is a count of
  // likes: "👍 3,4 k   👎   ↗ Partager   ⬇ Télécharger   ✂ Extrait   ≡+ Enregistrer".
  const counted = items.some((p) => TOOL_COUNT_RE.test(p));
  const verbs = items.filter((p) => TOOL_VERB_RE.test(p)).length;
  if (reasons.filter(Boolean).length >= (counted || verbs >= 2 ? 1 : 2) && items.every((p, i) => reasons[i] || TOOL_VERB_RE.test(p) || TOOL_COUNT_RE.test(p))) return reasons.find(Boolean)!;
  // "Le Courrier d’Eurasie      S’abonner", "Version pour malvoyants   KZ RU EN FR": a tool beside the site's name or
  // its languages.
  if (items.length === 2 && !/\d/u.test(text) && reasons.some(Boolean) && items.every((p, i) => reasons[i] || (p.split(/\s+/).length <= 4 && /^\p{Lu}/u.test(p) && !/[.!?]$/.test(p)))) return reasons.find(Boolean)!;
  // A meta line "Publié par admin | 2 novembre 2023 | Actualités" carries a year: it is read as a breadcrumb, for its
  // date. Between bars or dots, an item may run to six words after a short first one: a release's tags, "Secrétariat
  // · Bureau de programme à Astana   ·   Kazakhstan"; a profile's headline, "Analyste géopolitique | Asie centrale &
  // Caucase | Risque pays, énergie, corridors logistiques" (a headline before its site's name is longer).
  const most = /\s[|·]\s/u.test(text) && !/\d/u.test(text) && items[0].split(/\s+/).length <= 3 ? 6 : 3;
  // "Énergie & Matières premières" is three words; a season "Séminaire 2023-2024" is no date.
  const wordsIn = (p: string) => p.split(/\s+/).filter((w) => w !== "&").length;
  // A pictogram is no menu item's ("🤝 3 pays    🚆 4 000 km": key figures); a word in a script without capitals is, in a
  // menu of five items or more ("الرئيسية    الإمارات    …    Émirats    Monde"); an item asks a question only as "Qui
  // suis-je ?" does.
  const first = items.length >= 5 ? /^[\p{Lu}\p{N}#\p{Lo}]/u : /^[\p{Lu}\p{N}#]/u;
  // A menu's icons stand apart or before their word: "☰ Rubriques   🔍   Soutenir Mondorama".
  // A player's triangle before a word is no pictogram: "▶ ÉCOUTER LE DIRECT  104.7 FM   |   Info trafic   |   …" ("▶ 5
  // pays   ▶ 6 500 km" are key figures).
  // A footer's menu may end on the site's copyright: "DANSE & SCÈNES   Qui sommes-nous   …   Contact   © 2024 Danse &
  // Scènes Éditions".
  // (Beside a footer's link: "Kassym-Jomart Tokaïev   Recep Tayyip Erdoğan   Akorda   © 2024 Service de presse" names
  // a photo's people and credits it.)
  const footerLink = reasons.slice(0, -1).some(Boolean);
  const menuItems = written.map((p) => p.replace(/^(?:[☰≡⋮]|[▶►](?=\s*\p{Lu}\p{L}))\s*/u, "")).filter((p, k, all) => /[\p{L}\p{N}]/u.test(p) && !(footerLink && k === all.length - 1 && k >= 3 && MENU_COPYRIGHT_RE.test(p)));
  // A menu of five items or more may hold one of four or five words, and end on its one question: "Accueil   Actualités
  // La Roumanie et le monde   Économie   Programmes   Podcasts   Qui sommes-nous ?" (questions one after another are a
  // paragraph's).
  // (Opening on its link home, two: "Accueil   Députés   Travaux de la Chambre   Comités   Participez   À propos de la
  // Chambre".)
  const longer = menuItems.length >= 5 ? menuItems.filter((p) => wordsIn(p) > most).length - (/^(?:accueil|home)$/iu.test(menuItems[0]) ? 1 : 0) : 0;
  // (Two such in a menu of seven items or more, four of them a word alone, one a site's own link: "Je suis une
  // entreprise française   Je suis une entreprise étrangère   Nos solutions   Événements   Actualités   Marchés
  // Contact"; a table's head, "Tarif   Adulte   …   Famille nombreuse avec trois enfants   …", has none.)
  const longerMost = menuItems.length >= 7 && menuItems.filter((p) => wordsIn(p) === 1).length >= 4 && menuItems.some((p) => SITE_MENU_ITEM_RE.test(p)) ? 2 : 1;
  const oneQuestionLast = menuItems.length >= 5 && MENU_QUESTION_RE.test(menuItems.at(-1)!) && menuItems.filter((p) => /\?$/u.test(p)).length === 1;
  // A year is a date's, not a menu's, but in a programme's name among five items or more: "Vision 2030".
  const yearly = menuItems.filter((p) => /\d{4}/u.test(withoutSeasons(p)));
  const noDate = yearly.length === 0 || (menuItems.length >= 5 && yearly.length === 1 && PROGRAMME_YEAR_RE.test(yearly[0]) && !readDateLine(yearly[0]));
  if (menuItems.length >= 3 && (!/[.!?;]$/.test(text) || oneQuestionLast) && noDate && longer <= longerMost && menuItems.every((p) => /\p{L}/u.test(p) && wordsIn(p) <= Math.max(most, menuItems.length >= 5 ? 5 : 0) && first.test(p) && !/[.!]$/.test(p) && (!/\?$/u.test(p) || MENU_QUESTION_RE.test(p)))) {
    return "navigation menu or tag list";
  }
  return null;
}

// A site's own link in its menu: "Contact", "Accueil", "À propos".
const SITE_MENU_ITEM_RE = /^(?:contact|contacts|nous contacter|accueil|à propos|espace client|mon compte|connexion)$/iu;
// The site's copyright closing its footer's menu: "© 2024 Danse & Scènes Éditions".
const MENU_COPYRIGHT_RE = /^(?:©|\([cC]\)|[Cc]opyright)\s?(?:19|20)\d{2}\s\p{Lu}[^.!?©]{1,50}$/u;
// A programme named by its year: "Vision 2030", "Agenda 2063".
const PROGRAMME_YEAR_RE = /^(?:Vision|Agenda|Stratégie|Horizon|Expo) (?:19|20)\d{2}$/u;
// A table of contents entry with a dotted leader and a page number: "INTRODUCTION ........ 5".
export const CONTENTS_LEADER_RE = /^\S.{0,120}(?:\.{4,}|…{2,}|(?:\. ){4,})\s*\d{1,4}$/u;
// A publisher's details: "ISBN : 979-10-373-0841-7", "Terrains eurasiens — ISSN 2825-4417 — Carnet hébergé par …", "27
// rue de la Procession 75740 Paris Cedex 15", "Vigilance Libertés – 18, rue de la Roquette – 75011 Paris", "Association
// loi 1901 reconnue d'utilité publique", "Site internet : ifri.org", "Directeur de la publication : Pierre Mazeau —
// CPPAP 0328 C 85417" (with its registration number: alone, a name the text may give).
const PUBLISHER_DETAIL_RE =
  /^(?:ISBN|ISSN|DOI)\b.{0,60}$|^[^.!?]{2,60}\s[—–|-]\s(?:ISSN|e-ISSN)\s*:?\s*\d{4}-\d{3}[\dX](?:\s[—–|-]\s[^.!?]{2,80})?$|^(?:[^–—|\d]{2,60}\s[–—|]\s)?\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|quai|allée|chemin|impasse)\s.{2,60}\d{5}\s+\p{Lu}.{0,40}$|^(?:directeur|directrice) de (?:la )?publication\s?:\s?[^.!?—–|]{2,60}\s[—–|·-]\s(?:CPPAP|ISSN|dépôt légal|commission paritaire)\b.{0,60}$|^association (?:régie par la )?loi (?:de )?1901(?:\s+reconnue d['’]utilité publique|\s+[–—|·-]\s).{0,160}$|^association (?:régie par la )?loi (?:de )?1901(?:\s+reconnue d['’]utilité publique)?$|^(?:site (?:internet|web)|web|e-?mail|courriel|tél\.?|téléphone|fax)\s*:\s*(?:\S+@\S+|\+?[\d .()-]{6,}|(?:https?:\/\/|www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\S*)$/iu;
// A bare link: "t.me/akorda_press/18342", "https://…".
const PAGE_LINK_RE = /^(?:https?:\/\/|www\.|t\.me\/)\S+$/iu;
// An e-mail address alone on its line, maybe after its label: "presse@ambassade.example", "Courriel : …".
// (Or written against robots: "Contact : elodie.marchetti [at] geopoc.fr".)
// (Or as a list's archive writes it: "asie-centrale-fr at listes.eurasie-net.org", a domain's name closing it:
// "Registration at 08.30" is a programme's.)
const EMAIL_ALONE_RE = /^(?:(?:e-?mail|courriel|mail|contact)\s*:\s*)?(?:mailto:)?(?:[\w.+-]+(?:@|\s?\[at\]\s?|\s?\(at\)\s?)[\w-]+(?:\.[\w-]+)+|[\w.+-]+\sat\s[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12})$/iu;
// The address of the page, pasted above its text: "steppesetroutes.fr/kazakhstan/2023/10/05/kazakhstan-chine/".
// A name behind its initial, glued, as Mongolian agencies sign: "B.Khulan", "Sh.Ganbaatar", "N.Oyun-Erdene" (no
// address).
export const INITIAL_AND_NAME_RE = /^\p{Lu}\p{Ll}?\.\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const PAGE_ADDRESS_RE = /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,12}(?:\/\S*)?$/iu;
// The label of the page's own address: "Lien permanent :", "Copier le lien :" in a share box, "Lien de l'article :".
export const PERMALINK_LABEL_RE = /^(?:lien permanent|permalien|adresse de (?:cette|la) page|url de (?:cet article|cette page)|copier le lien|lien de partage|lien court|lien (?:de|vers) l['’]article)\s?:\s?/iu;
// The date a news address carries in its path: "/2023/10/05/".
// A year alone between slashes in an address's path: "rts.ch/info/monde/2025/article/…".
const ADDRESS_YEAR_RE = /\/((?:19|20)\d{2})\/(?!\d)/u;
// (Or opening its last part: "/actualites/2025-08-21-khan-tengri-retour-expedition", "/economie/20230427_pme-…".)
const ADDRESS_DATE_RE = /\/((?:19|20)\d{2})(?:\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])(?:\/|$)|-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])-(?=[\p{L}\d])[^/]*\/?$)|\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])_(?=\p{L})[^/]*\/?$/u;
// (Or a part of its own, "/international/asie/2026-03-14/ottawa-courtise-….php": an agenda's address may give its
// event's day so, see `partDay`.)
const ADDRESS_PART_DAY_RE = /\/((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\//u;
// A blog's address by month, "…/2026/03/retour-dalmaty-…/": its month (see classifyLines: only the page's own, named as
// such).
const ADDRESS_MONTH_RE = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(?!\d{1,2}(?:\/|$))/u;

/**
 * For a line that is only a web address: its date when its path carries one (`/2023/10/05/`), else null date; `partDay`
 * the day written as a part of its own (`/2026-03-14/`), else null.
 */
export function readPageAddress(text: string): { date: string | null; evidence: string; year: number | null; month: string | null; partDay: { date: string; evidence: string } | null } | null {
  if (text.length > 300 || !PAGE_ADDRESS_RE.test(text) || INITIAL_AND_NAME_RE.test(text)) return null;
  const m = ADDRESS_DATE_RE.exec(text);
  const y = m ? null : ADDRESS_YEAR_RE.exec(text);
  const month = m ? null : ADDRESS_MONTH_RE.exec(text);
  const part = m ? null : ADDRESS_PART_DAY_RE.exec(text);
  return {
    date: m ? `${m[1] ?? m[6]}-${m[2] ?? m[4] ?? m[7]}-${m[3] ?? m[5] ?? m[8]}` : null,
    evidence: m ? m[0] : month ? month[0] : "",
    year: y ? Number(y[1]) : null,
    month: month ? `${month[1]}-${month[2]}` : null,
    partDay: part ? { date: `${part[1]}-${part[2]}-${part[3]}`, evidence: `address '${part[0]}'` } : null,
  };
}

// A header of an e-mail pasted with its text: "De : Lettre Eurasie <lettre@…>", "Objet : …", "Envoyé : jeudi 6 juin
// 2024 09:12".
const EMAIL_HEADER_RE = /^(?:de|from|envoyé|sent|date|à|to|pour|cc|cci|bcc|objet|sujet|subject|répondre à|reply-to)\s*:\s*\S/iu;

/** True for a line of an e-mail's header block. */
export function isEmailHeader(text: string): boolean {
  return text.length <= 300 && EMAIL_HEADER_RE.test(text);
}

/** Why a line that matches a furniture phrase family is removed, or null. Only short lines qualify. */
export function furniturePhraseReason(text: string): string | null {
  const phrase = phraseFamilyOf(text);
  if (phrase) return `site furniture (${phrase})`;
  if (isQuotesBar(text)) return "site furniture (stock market quote)";
  // (A switcher listing the European Union's twenty-four languages runs longer.)
  if (text.length > FURNITURE_MAX_CHARS) return text.length <= LANGUAGES_LINE_MAX && text.includes("   ") && toolbarReason(text) === "language switcher" ? "site furniture (language switcher)" : null;
  const toolbar = toolbarReason(text);
  if (toolbar) return `site furniture (${toolbar})`;
  // A menu under its label, wide spaces after its colon: "Nos villes jumelles :   Wattenscheid (Allemagne)   Karaganda
  // (Kazakhstan)   Aljustrel (Portugal)".
  const labelled = LABELLED_MENU_RE.exec(text);
  const menu = labelled && toolbarReason(labelled[1]);
  if (menu) return `site furniture (${menu})`;
  if (RUNNING_HEADER_RE.test(text)) return "site furniture (running header or page number of a printed page)";
  if (CONTENTS_LEADER_RE.test(text)) return "site furniture (table of contents)";
  if (PUBLISHER_DETAIL_RE.test(text)) return "site furniture (the publisher's details)";
  if (EMAIL_ALONE_RE.test(text)) return "site furniture (a contact's e-mail address)";
  // "💬 8 commentaires", "👁 12,4K", "👉 t.me/…": a social post's counters and links behind an emoji.
  const bare = text.replace(LEADING_EMOJI_RE, "");
  if (bare !== text && bare !== "") {
    const inner = phraseFamilyOf(bare) ?? (/^[\d\s.,]+[kKM]?$/u.test(bare) ? "view counter" : PAGE_LINK_RE.test(bare) ? "link" : null);
    if (inner) return `site furniture (${inner})`;
  }
  if (PROMPT_ANYWHERE_RE.test(text) || OWN_PROMPT_RE.test(text)) return "site furniture (subscription or donation prompt)";
  // A Chinese site's tools, each in lenticular brackets: "【Taille de police : Grand  Moyen  Petit】  【Imprimer】
  // 【Fermer】".
  if (BRACKETED_TOOLS_RE.test(text)) {
    const tools = [...text.matchAll(/【([^】]+)】/gu)].map((m) => m[1].trim());
    // Two of them tools at least: "【Vidéo】 【Wang Yi reçu par Tokaïev à Astana】" is a headline with its genre.
    const reasons = tools.map((t) => phraseFamilyOf(t)).filter(Boolean);
    if (reasons.length >= 2 && tools.every((t) => t.split(/\s+/u).length <= 8)) return `site furniture (${reasons[0]})`;
  }
  return null;
}

// A line of items in lenticular brackets only (see furniturePhraseReason).
const BRACKETED_TOOLS_RE = /^(?:\s*【[^】]{1,60}】)+\s*$/u;

// The title of a cookie consent panel whose options follow it to the end of the page: "Privacy Preference Center".
const CONSENT_PANEL_RE =
  /^(?:privacy preference center|manage consent preferences|we value your privacy|gérer (?:le|vos|mes) consentements?|paramètres de confidentialité|centre de préférences(?: de confidentialité)?|nous respectons votre vie privée)\s*:?$/iu;

/** True for the title of a cookie consent panel: what follows it is the panel's options. */
export function isConsentPanel(text: string): boolean {
  return CONSENT_PANEL_RE.test(text);
}

// Words that open a block of links to other articles: "Voir aussi", "À lire aussi", "Sur le même sujet", "Publications
// précédentes", "Histoires connexes", the site's
// other pages of the kind alone on their line ("Autres soutenances", "Autres circuits"), or to an advertiser's
// ("Contenu sponsorisé" over their titles and names).
const TEASER_OPENER_RE =
  /^(?:>{1,2}\s*)?(?:(?:à |a )?(?:ré)?écouter aussi|(?:à|a)?\s*lire (?:aussi|également|ensuite)(?:\s+(?:l['’]\s?|le |la |les |notre |nos |un |une )?\p{L}+(?=\s*[:|–—-]\s*\S)|\s+sur\s+\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?(?=\s*[:|–—-]\s*\S))?|lire aussi|lisez (?:aussi|également)(?=\s*(?:[:|]|$))|à lire|(?:contacts?|relations?) (?:presse|médias?)(?=\s*:?$)|voir aussi|voir également|sur le même sujet|dans la même rubrique|événements similaires|(?:articles?|actualités|actus|infos|sujets|contenus|vidéos|dépêches|reportages|galeries|diaporamas) (?:similaires|liés|liées|associés|associées|connexes|recommandée?s)|(?:fiches|dossiers|ressources|documents|liens) (?:liés|liées|associés|associées|connexes)(?=\s*:?$)|(?:à propos de l['’]aut(?:eur|rice)|l['’]aut(?:eur|rice)|liens utiles|liens connexes|liens relatifs|pour aller plus loin sur le site|dans cet article)(?=\s*:?$)|(?:nos |les )?(?:derniers|dernières) (?:articles|actualités|actus|infos|dépêches|diaporamas|vidéos|podcasts|épisodes|vrai ou faux|fact-checks?|flashs?)|dans la même (?:émission|série)(?=\s*$)|(?:nos |les )?dernières publications(?=\s*:?$)|publications précédentes(?=\s*:?$)|(?:publications|analyses|notes) (?:associées|liées|similaires)(?=\s*:?$)|histoires connexes(?=\s*:?$)|related (?:stories|articles|content|posts)(?=\s*:?$)|dans le même numéro(?=\s*:?$)|dans la même (?:lettre|livraison)(?=\s*:?$)|questions (?:associées|liées|similaires)(?=\s*:?$)|les plus (?:regardée?s|vue?s|écoutée?s)(?=\s*:?$)|épisodes? précédents?|épisodes similaires|(?:nouvelles|communiqués) connexes(?=\s*:?$)|autres communiqués de cette source(?=\s*:?$)|autres notes(?: de marché)?(?=\s*:?$)|(?:notes de marché|chroniques) précédentes(?=\s*:?$)|lire (?:les|nos) précédent(?:e)?s\s(?:lettres|épisodes|chroniques|numéros|éditions|billets|articles)\b.{0,40}|més llegits|lo más leído|dans la (?:même )?rubrique(?: \p{Lu}[\p{L}-]*){0,3}|(?:(?:dépêches|articles|actualités) )?les (?:plus|\+) (?:lus|lues|populaires|partagés|partagées)|(?:vous )?(?:aimerez|pourriez aimer) aussi|ces (?:recettes|articles|expositions|films|livres|vidéos|podcasts|destinations|séries|spectacles|concerts) pourraient (?:aussi |également )?vous plaire|les autres sorties du \d{1,2}(?:er)? \p{L}+(?=\s*:?$)|sur le même pays(?=\s*:?$)|à découvrir(?: aussi)?|plus d['’]articles(?: de \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}| dans cette rubrique| de cette rubrique)?|plus de \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3} et medium|recommandé par medium|(?:voir|afficher) tout de \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}|autres (?:articles|actualités|publications)(?: de ce (?:flux|fil|site|blog|dossier))?|autres (?:soutenances|événements|évènements|conférences|séminaires|colloques|offres|annonces|vidéos|podcasts|émissions|recettes|circuits|voyages|séjours|formations|thèses|projets|dossiers)(?: (?:du|de la|de l['’]|des) [\p{L}'’ -]{2,30})?(?=\s*:?$)|nos autres (?:récits|reportages|témoignages|portraits)(?: de terrain| du terrain)?(?=\s*:?$)|billets récents|toutes les actualités|(?:en|à) relire|(?:lire|voir) la suite|related(?: posts| articles)?|read (?:more|also|next)(?=\s*:?$)|lesen sie (?:auch|mehr)|recommandé pour vous|nos recommandations|(?:à )?voir aussi|la rédaction vous (?:conseille|recommande)|notre sélection|à ne pas manquer|sur le même thème|(?:articles|actualités|nouvelles|infos) sur le même (?:thème|sujet)|plus d['’]actualités(?=\s*:?$)|dans ce numéro(?=\s*:$)|(?:à lire dans ce numéro|dans le même (?:numéro|dossier)|articles? mentionnés?|nos précédents (?:rectificatifs|éditoriaux|billets|numéros))(?=\s*:?$)|lire l['’]article (?:corrigé|rectifié)(?=\s*:\s*\S)|dans l['’]actualité|dans le fil info(?=\s*:?$)|(?:ces|d['’]autres) (?:articles|actualités|contenus|publications) (?:peuvent|pourraient) (?:aussi |également )?vous intéresser|contenus? sponsorisés?|contenus? (?:partenaires?|de nos partenaires)|sponsorisée?s?|(?:recommandé )?(?:par|by) (?:outbrain|taboola))(?![\p{L}\p{N}_])\s*(?<rest>(?:[:|–—-]|>>)\s*.*)?$/iu;

// "À voir également sur Le FilPost :": the links to a site's other articles, named by the site (a capital, case
// sensitive: "Voir également sur la carte :" introduces the text's own list).
const SITE_TEASER_RE = /^(?:[ÀàAa] )?(?:[Vv]oir|[Ll]ire) (?:aussi|également) sur (?:[Ll]e |[Ll]a |[Ll]['’])?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}\s*:?$/u;

// "Lire aussi" or "Voir aussi" glued to the title of the article it links to, which starts with a capital or a quote.
const GLUED_TEASER_RE = /^(?:[ÀàAa]\s+)?(?:[Ll]ire|LIRE|[Vv]oir|VOIR) (?:aussi|également|AUSSI)\s*(?=[\p{Lu}«"“])/u;

/** A teaser opener: `standalone` when the line holds only the words (the teasers follow on the next lines). */
// A widget's label in capitals over links: "ARTICLES RÉCENTS" ("Articles récents" may head a press review's section).
const CAPITALS_TEASER_RE = /^(?:ARTICLES RÉCENTS|PUBLICATIONS RÉCENTES)\s*:?$/u;

// The label in the site's own language, then in French: "Berita Terkait / Articles liés", "Loe ka / À lire aussi" (only
// related articles' labels: "Cinéma / À découvrir" heads a programme's part, "Жаңалықтар / Dernières actualités" a
// section).
const RELATED_LABEL_RE = /^(?:(?:articles?|dépêches|actualités|infos|nouvelles) (?:liée?s|similaires|connexes|associée?s)|(?:les )?plus (?:lus|lues)|(?:à )?lire aussi)$/iu;
const TWO_LANGUAGE_LABEL_RE = /^((?:\p{L}+ ){0,2}\p{L}+) \/ (\S.*)$/u;

export function readTeaserOpener(text: string): { words: string; standalone: boolean } | null {
  if (text.length > 200) return null;
  // A site's latest articles of a section, its name capitalised: "Nos derniers articles Export".
  if (LATEST_OF_SECTION_RE.test(text)) return { words: text, standalone: true };
  const two = TWO_LANGUAGE_LABEL_RE.exec(text);
  const french = two && !TEASER_OPENER_RE.test(text) && RELATED_LABEL_RE.test(two[2]) ? readTeaserOpener(two[2]) : null;
  if (french) return { words: `${two![1]} / ${french.words}`, standalone: french.standalone };
  if (SITE_TEASER_RE.test(text) || CAPITALS_TEASER_RE.test(text)) return { words: text.replace(/\s*:$/u, ""), standalone: true };
  const m = TEASER_OPENER_RE.exec(text);
  if (!m) {
    // "Lire aussi Arménie : Nikol Pachinian confirme…": the link's title follows the words without a separator.
    const glued = GLUED_TEASER_RE.exec(text);
    return glued && !/[.!]$/.test(text) ? { words: glued[0].trim(), standalone: false } : null;
  }
  const rest = m.groups?.rest ?? "";
  return { words: text.slice(0, text.length - rest.length).trim(), standalone: rest.replace(/^[:|–—-]\s*/, "").trim() === "" };
}

// (Written without the i flag: with it, \p{Lu} would also match "Les derniers épisodes judiciaires", an intertitle.)
const LATEST_OF_SECTION_RE = /^Nos derniers articles \p{Lu}[\p{L}-]*$/u;
// Separators a breadcrumb puts between its links: "Accueil > Monde > Asie", "Monde › Asie centrale".
const CRUMB_SEPARATORS = String.raw`>|»|\/|\||→|·|•|::`;
const BREADCRUMB_SEP_RE = new RegExp(String.raw`\s+(?:›|‹|${CRUMB_SEPARATORS})\s+`, "u");
// The same without "‹", on a line with "›".
const PAGER_SAFE_SEP_RE = new RegExp(String.raw`\s+(?:›|${CRUMB_SEPARATORS})\s+`, "u");
// A breadcrumb's arrow: "›", ">", "→".
const BREADCRUMB_ARROW_RE = /\s(?:›|>|→)\s/u;
// A triangle between a site's sections: "Iran ▸ Politique étrangère" (a kicker, "Diplomatie ► Tokaïev reçoit
// Ouattara", or a route, "Kostanaï ▸ Aktaou ▸ Bakou", may use it too).
const TRIANGLE_SEP_RE = /\s+[▸►▶]\s+/u;
// A section's name: a capital, then words in lower case ("Politique étrangère", "Asie centrale", "Monde").
const SECTION_NAME_RE = /^\p{Lu}\p{Ll}+(?:[ -](?:\p{Ll}[\p{Ll}'’-]*|\p{Lu}\p{Ll}+))?(?: \p{Ll}[\p{Ll}'’-]*){0,2}$/u;
// The first link of most breadcrumbs: "Accueil", "Home".
const BREADCRUMB_HOME_RE = /^(?:(?:vous êtes ici|you are here)\s*:\s*)?(?:accueil|home|actualités|actu|à la une)\s*(?:›|>|»|\/|\||→)/iu;
// The longest breadcrumb from the home page behind arrows, and the fewest links it then has.
const LONG_CRUMB_MAX = 240;
const LONG_CRUMB_LINKS = 5;
// The home page's link behind a dash, first in a breadcrumb (see isBreadcrumb).
const HOME_DASH_RE = /^(?:accueil|home)\s[—–]\s\S/iu;
// A breadcrumb's label over a few links from the home page, each a section's name: "Vous êtes ici : Accueil
// Diplomatie" ("Vous êtes ici : Accueil provisoire" names an exhibition).
const HERE_LABEL_RE = /^(?:[Vv]ous êtes ici|[Yy]ou are here)\s*:\s*(?:[Aa]ccueil|[Hh]ome)(?:\s+\p{Lu}[\p{L}'’&-]*(?:\s(?:d['’]|de |du |des )?\p{Ll}[\p{L}'’-]*)?){1,5}$/u;

/**
 * True for a site's sections between triangles, over its headline: "Iran ▸ Politique étrangère". Each part is a
 * section's name; the caller keeps it to the page's head (in the text, "Kostanaï ▸ Aktaou ▸ Bakou" is a route).
 */
export function isTriangleBreadcrumb(text: string): boolean {
  if (text.length > 100 || !TRIANGLE_SEP_RE.test(text)) return false;
  const parts = text.split(TRIANGLE_SEP_RE);
  return parts.length >= 2 && parts.every((p) => SECTION_NAME_RE.test(p.trim()));
}

// A site's top section, first in a path of two under a slash: "Monde / Europe centrale et orientale".
// (Not a country's or a continent's name: "France / Kazakhstan" heads a match's score.)
const TOP_SECTION_RE = /^(?:Monde|International|Politique|[ÉE]conomie|Société|Culture|Sports?|Actualités?|Régions?|Diplomatie|Opinions?|Idées|Débats|Sciences?|Environnement|Planète)$/u;

/**
 * True for a site's top section and its subsection under a slash, over its headline: "Monde / Europe centrale et
 * orientale" (the caller keeps it to the page's head; "Kazakhstan / Russie" names two countries).
 */
export function isSectionPath(text: string): boolean {
  const parts = text.split(/\s+\/\s+/u).map((p) => p.trim());
  return parts.length === 2 && TOP_SECTION_RE.test(parts[0]) && SECTION_NAME_RE.test(parts[1]);
}

/**
 * Two languages' names behind a bar, one in its own script: "عربي | Français" (the caller keeps it to the page's head).
 */
export function isLanguagePair(text: string): boolean {
  const items = text.split(/\s+\|\s+/u);
  return items.length === 2 && items.every((p) => LANGUAGE_NAME_RE.test(p.trim())) && items.some((p) => !/\p{Script=Latin}/u.test(p));
}

// The ellipsis of a line cut short.
const TRUNCATED_END_RE = /\s?(?:…|\.{3})$/u;

/** True for a breadcrumb trail: short parts between separators, no sentence. */
// A newsroom's section closing a breadcrumb: "Communiqués de presse", "Actualités".
const NEWSROOM_SECTION_RE = /^(?:communiqués(?: de presse)?|actualités|nouvelles|discours|déclarations)$/iu;

/**
 * A breadcrumb from the home page behind arrows, five links or more, longer than isBreadcrumb allows: "Accueil >
 * L'université > Actualités > International > … > Double diplôme avec l'Université nationale kazakhe Al-Farabi" (see
 * shapeOf: only in the page's head; in a text, a portal's path to follow).
 */
export function isLongBreadcrumb(text: string): boolean {
  return text.length > 140 && text.length <= LONG_CRUMB_MAX && BREADCRUMB_HOME_RE.test(text) && !endsSentence(text) && text.split(BREADCRUMB_ARROW_RE).length >= LONG_CRUMB_LINKS;
}

// A trip's day, or days, opening a programme's line: "Jour 4 – ", "Jours 6 et 7 – ", "Étape 2 : ".
const TRIP_DAY_RE = /^(?:jours?|étapes?|day)\s\d{1,2}(?:\s?(?:et|à|-|–)\s?\d{1,2})?\s?[–—:-]\s/iu;

export function isBreadcrumb(text: string): boolean {
  // (A photo's credit, its agencies behind slashes, is none: "© D. Sultanov / Pool / Eurasie Photo"; a footer's "© BEII
  // 2025 | Conditions d'utilisation | …" is read as such a bar.)
  if (/^©[^|»›>]*$/u.test(text)) return false;
  // From the home page, its last part may be the headline cut short: "Accueil » Diplomatie » Coopération
  // Togo-Kazakhstan : Robert Dussey à Astana pour…" ("Énergie / Uranium / Terres rares…" is an intertitle).
  const cut = TRUNCATED_END_RE.test(text);
  if (text.length > 140 || endsSentence(cut ? text.replace(TRUNCATED_END_RE, "") : text)) return false;
  if (BREADCRUMB_HOME_RE.test(text)) return true;
  // From the home page, dashes may part it, each part short, a top section second: "Accueil — Actualités — Réunions du
  // Gouvernement" (not a programme's "Accueil — 8 h 45", nor a motto's "Accueil — Entraide — Culture").
  const dashed = HOME_DASH_RE.test(text) ? text.split(/\s[—–]\s/u).map((p) => p.trim()) : [];
  if (dashed.length >= 3 && dashed.every((p) => p.split(/\s+/u).length <= 5) && (TOP_SECTION_RE.test(dashed[1]) || NEWSROOM_SECTION_RE.test(dashed[1]))) return true;
  // Labelled, its links may have lost their separators: "Vous êtes ici : Accueil Diplomatie".
  if (HERE_LABEL_RE.test(text)) return true;
  // Or from a site's news section, behind arrows, its sections of a word or three each: "Presse > Communiqués >
  // Kazakhstan : FinDev Europe accorde 60 millions d'euros à Shyrak Bank…" (not a code's parts, "Code du travail >
  // Partie générale > …", nor an app's menus, "Profil > Paramètres > …").
  const arrowed = cut && /\s[>›»]\s/u.test(text) ? text.split(/\s[>›»]\s/u).map((p) => p.trim()) : [];
  if (arrowed.length >= 3 && NEWSROOM_FIRST_RE.test(arrowed[0]) && arrowed.slice(0, -1).every((p) => /^\p{Lu}/u.test(p) && p.split(/\s+/u).length <= 3 && !/[:;,.!?]/u.test(p))) return true;
  if (cut) return false;
  // (Nor a trip's day and its towns, "Jour 4 – Turkestan / Otrar / Chymkent", nor, without an arrow, an item going on
  // in small letters after a comma, "Les vols internationaux Paris / Astana et Almaty / Paris, avec escale", or opening
  // on an article and a common noun, "Les vols intérieurs Astana / Turkestan et Chymkent / Almaty".)
  if (TRIP_DAY_RE.test(text) || (!BREADCRUMB_ARROW_RE.test(text) && !/\s»\s/u.test(text) && (/,\s\p{Ll}/u.test(text) || /^(?:(?:[Ll]es|[Ll]e|[Ll]a|[Dd]es)\s|[Ll]['’])\p{Ll}/u.test(text)))) return false;
  // ("‹" parts a forum's path, "Accueil du forum ‹ Récits de sorties ‹ …", not an inner quotation's marks: "« Le mot
  // ‹ steppe › ne dit pas tout »".)
  // (Nor a pager's: "‹ 13 / 32 ›".)
  if (text.includes("‹") && /[«»]/u.test(text)) return false;
  const parts = text.split(text.includes("›") ? PAGER_SAFE_SEP_RE : BREADCRUMB_SEP_RE);
  // (Three parts or more behind arrows may each run to six words: "Cours > Semaine 3 – Les diplomaties nationales > 3.2
  // Le Kazakhstan".)
  const most = parts.length >= 3 && /\s[>›]\s/u.test(text) ? 6 : 4;
  const short = parts.every((p) => p.trim() !== "" && p.trim().split(/\s+/).length <= most);
  // Two parts are a breadcrumb only with an arrow, which prose and headlines do not use: "Publications › Notes"; or
  // when the second is a newsroom's section: "Actualités et événements  /  Communiqués de presse" (a source's "Sénat,
  // Europe et International / Communiqués de presse" names its author).
  // (Under one section's word, a programme's name may be longer: "Émissions › La revue de presse Eurasie".)
  const programme = parts.length === 2 && BREADCRUMB_ARROW_RE.test(text) && /^\p{Lu}\p{Ll}+$/u.test(parts[0].trim()) && parts[1].trim().split(/\s+/).length <= 6 && !/[:;,]/u.test(parts[1]);
  return programme || (short && (parts.length >= 3 || (parts.length === 2 && (BREADCRUMB_ARROW_RE.test(text) || (NEWSROOM_SECTION_RE.test(parts[1].trim()) && !parts[0].includes(","))))));
}

// A site's news section opening a path: "Presse", "Actualités", "Salle de presse".
const NEWSROOM_FIRST_RE = /^(?:presse|espace presse|salle de presse|actualités|actus|news|newsroom|médias|communiqués(?: de presse)?|publications|blog)$/iu;
// A person's name, two to four words: "Anne Martin", "Jean-Luc de La Tour", "Claire MARTIN".
export const PERSON_NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s+(?:de |d['’]|du |le |la )?\p{Lu}[\p{L}'’.-]+){1,3}`;

// A byline: "Par Jean Dupont", "Par la rédaction", "par le père Alexis Verdier, recteur", "Propos recueillis par Anne
// Martin", "Propos recueillis à Paris par Hélène Marchal", "De notre envoyé spécial à Almaty", a live page's "Live
// animé par Romain Keller et Inès Barthélémy" ("Présentée par …" heads a programme's talk by its speaker).
// Written without the i flag: with it, \p{Lu} would also match lower-case letters.
const BYLINE_RE =
  /^(?:[Pp]ar\s*:|[Pp]ar|PAR|[Pp]ropos recueillis (?:et traduits )?(?:(?:à|depuis) \p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*)? )?par|(?:[Ee]ntretien|[Ii]nterview) réalisée? par|(?:[Ll]ive|[Dd]irect|[Ff]il|[Cc]ommentaire) (?:animé|suivi|tenu|commenté|assuré) par|(?:[Aa]rticle |[Cc]ompte[- ]rendu )?[Rr]édigé par\s*:?|(?:[Ss]ynthèse|[Nn]ote|[Ff]iche) rédigée par|(?:[Rr]apport|[Dd]ossier) (?:rédigé|réalisé) par|[Rr]elu par\s*:|[Éé]crit par|[Pp]ublié par|[Uu]n texte de|[Tt]exte|[Rr]eportage|[Aa]uteur(?:e|\(e\)|\(s\)|\(e\)s|\(es\))?\s*:|[Aa]utrice\s*:|Автор\s*:|[Rr]édacteur\s*:|[Rr]édactrice\s*:|[Ss]ignée?)\s+(?:(?:(?:le |la )?(?:père|frère|sœur|pasteure?|général|colonel|commandant)\s|l['’]abbé\s))?(?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:de |d['’]|du |van |von |le |la )?\p{Lu}[\p{L}'’.-]*){0,4}|la [Rr]édaction|notre (?:correspondante?|envoyée? spéciale?)\b.*)|^(?:[Dd]e|[Aa]vec) notre (?:correspondante?|envoyée? spéciale?|bureau)\b.*/u;

// A byline labelled "Texte" ("Texte par", "Texte et photos", with the author's role) or "Reportage", names and nothing
// else but the agency or the other credits: "Texte : Julien Marchal, avec AFP", "Texte : Hugo Lemercier · Cartes : Lina
// Roche", "Texte : Sarah Lambotte – Photos : Fédération kazakhe de triathlon", "Reportage : Sophie Girardot, Thomas
// Lenoir — durée 2 min 14" ("Texte : Déclaration d'Astana … (extraits)" heads a document).
// (Or a club's or an association's body, with the photographer: "Texte : le bureau du CER · Photos : Hugo Lemaire",
// "Texte : service communication – Photos : Lionel Dufour / Ville du Creusot" ("Texte : équipe de deux à quatre
// élèves – Photos : cinq au maximum" sets a contest's rules); alone, "Texte : le secrétariat de l'AIF" heads a fact
// box's fields.)
// A committee signing its text: "Texte : comité de jumelage Castelnau–Kostanaï".
// (A play's sheet, "Texte : l'équipe de création, d'après « La Voie d'Abaï »", names its authors.)
// (A charter's box, "Texte : commission mixte des deux municipalités", says who drafted the charter.)
const COMMITTEE_TEXT_CREDIT_RE = /^[Tt]extes?\s?:\s?(?:le |la |l['’])?(?:comité|bureau|service|rédaction)(?!\p{L})[^.!?:,«»]{0,80}$/u;
// A mission's information unit signing its report: "Reportage : Section de l'information publique de la FINUL"
// ("Reportage : la cellule de crise d'Atyraou face à la crue" is a headline, "Reportage : la cellule de communication
// de la commission électorale" an intertitle).
const UNIT_REPORT_CREDIT_RE = /^[Rr]eportage\s?:\s?(?:Section|Division|Cellule|Service|Bureau) (?:de l['’]information(?: publique)?|des (?:affaires|relations) publiques)(?!\p{L})[^.!?:«»]{0,60}$/u;
const TEAM_TEXT_CREDIT_RE = /^[Tt]extes?(?: et photos?)?\s*:\s*(?:(?:le |la |l['’])(?:bureau|comité|équipe|commission|secrétariat|service)\b|service (?:de )?(?:communication|presse)\b)[^·|•:]{0,60}\s[·|•–—]\s[Pp]hotos?\s?:\s?\S.{0,60}$/u;
// A desk's initials over the author's name and the day: "CDL / Par Karim HADDAD, le 27 avril 2019 à 00h00" ("TITR / Par
// Aktaou, Bakou et Poti" names a route).
// The newsroom signing alone: "La rédaction", "LA RÉDACTION", "La Rédaction de MaoreInfo" (the caller says where: under
// the headline, or under the text's last paragraph).
export const NEWSROOM_SIGNATURE_RE = /^(?:[Ll]a [Rr]édaction|LA RÉDACTION)(?: (?:de |d['’])?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})?$/u;
// An organisation's department signing under the headline: "Par le service communication" (see the head's bylines). The
// newsroom signing as a body, maybe with a section's help: "Par le comité de rédaction, avec la section Géodynamique et
// risques naturels"; a team, its name capitalised, maybe its organisation's after it: "Par l'équipe Patrimoine &
// Expositions", "Par l'équipe Asie centrale de Steppes & Faune Sauvage", a desk's: "Par le desk Recherche &
// Marchés d’Alumétal Négoce" ("Par l'équipe Astana interposée" heads a part). A desk's regions behind a slash: "Par le
// desk Mer Noire / Asie centrale" ("Par l'équipe Astana / Qazaqstan interposée" heads a part).
const NEWSROOM_BYLINE_RE = /^[Pp]ar (?:le comité de rédaction|la rédaction|le secrétariat de rédaction)(?:,\s(?:avec|et) (?:la |le |l['’])?\p{Ll}[^.!?]{2,80})?$|^Par (?:l['’]équipe|le desk) \p{Lu}[\p{L}'’-]*(?:\s(?:&|et|\p{Lu}[\p{L}'’-]*)){0,4}(?:(?:\s\p{Ll}+){0,2}\s(?:(?:de|du|des)\s|d['’])\p{Lu}[\p{L}'’-]*(?:\s(?:&|et|\p{Lu}[\p{L}'’-]*)){0,4})?$/u;
const DESK_REGIONS_BYLINE_RE = /^Par le desk \p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}\s\/\s\p{Lu}[\p{L}'’-]*(?:\s\p{Ll}{3,})?$/u;
// The communication service of the organisation the site is: "Par la commission Communication de la Ligue", "Par le
// service communication de la Ville" (without whose it is, see SERVICE_BYLINE_RE).
export const ORGANISATION_SERVICE_BYLINE_RE = /^Par (?:le service|la direction|le département|le pôle|la commission|la cellule) (?:de (?:la |l['’])?)?[Cc]ommunication (?:de|du|des) (?:la |l['’])?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}$/u;
export const SERVICE_BYLINE_RE = /^[Pp]ar (?:le service|la direction|le département|le pôle) (?:de (?:la |l['’])?)?communication$/u;
const DESK_BYLINE_RE = new RegExp(String.raw`^\p{Lu}{2,6}\s?\/\s?[Pp]ar\s+${PERSON_NAME},\s+(?:le\s+)?\d{1,2}(?:er)?\s.{3,40}$`, "u");
// "Propos recueillis par Name pour Outlet." closing an interview (see the text's tail).
export const INTERVIEWER_STOP_RE = new RegExp(String.raw`^[Pp]ropos recueillis par ${PERSON_NAME}(?: pour (?:les |le |la |l['’])?\p{Lu}[\p{L}'’ -]{1,40})?\.$`, "u");
// "Rédaction : Pimchanok Srisuk / Version française : service francophone", a federation's service, "Rédaction :
// commission communication FFS" ("Rédaction : Écrivez-nous à …" is a contact), a report's crew: "Rédaction : Claire
// Dumoulin, chargée de plaidoyer. Cartographie : Idriss Benali." (its sentences' stops kept).
// (A member's role after the name, in small letters: ", chargée de plaidoyer".)
const CREW_ROLE = String.raw`(?:,\s\p{Ll}[^.!?,:]{2,60})?`;
const NEWSROOM_NAME_BYLINE_RE = new RegExp(String.raw`^[Rr]édaction\s?:\s?(?:${PERSON_NAME}(?:\s\/\s[^@/]{1,60})?|(?:la |le )?(?:commission|service|cellule|pôle|direction)(?: de(?: la)?)? communication(?: (?:de la |du |de l['’]|des )?\p{Lu}[\p{L}\d&'’-]*(?: \p{Lu}[\p{L}\d&'’-]*){0,3})?)$`, "u");
const CREW_BYLINE_RE = new RegExp(String.raw`^[Rr]édaction\s?:\s?${PERSON_NAME}${CREW_ROLE}\.(?:\s(?:Cartographie|Photos?|Illustrations?|Infographie|Graphisme|Mise en page|Relecture|Traduction)\s?:\s?${PERSON_NAME}${CREW_ROLE}\.?){1,3}$`, "u");
const TEXT_BYLINE_RE = new RegExp(String.raw`^(?:[Tt]extes?(?: par| et photos?)?|[Rr]eportage)\s*:\s*${PERSON_NAME}(?:,\s*${PERSON_NAME}){0,4}(?:\s+et\s+${PERSON_NAME})?(?:,\s\p{Ll}[^.!?,]{2,80})?(?:,?\s+avec (?:l['’])?(?:AFP|Reuters|AP|agences))?(?:\s+[·|•]\s+.{1,80}|\s+[—–]\s+durée\b.{1,20}|\s+[—–-]\s+[Pp]hotos?\s?:\s?\S.{0,60})?$`, "u");

// A report's authors, with the body they speak for: "Par M. Jean-Pierre AUBERTIN et Mme Sylvie LEMOINE, au nom de la
// commission des affaires étrangères, de la défense et des forces armées".
const RAPPORTEURS_RE = /^[Pp]ar (?:M\.|MM\.|Mmes?) \p{Lu}.{0,100}, au nom de (?:la|l['’]|du) [^.!?]{5,140}$/u;

// Two authors, the second a correspondent: "Grégoire Vannier, avec notre correspondante en Asie centrale, Aliya
// Serikbaïeva".
const WITH_CORRESPONDENT_RE = new RegExp(String.raw`^${PERSON_NAME},\s+avec (?:notre|nos) (?:correspondante?s?|envoyée?s? spéciale?s?)(?:\s+(?:en|à|au|aux)\s+[^,]{2,40})?,\s+${PERSON_NAME}$`, "u");
// A correspondent's name and post, apart by a dash, maybe with a note's star: "Rafael Monteiro Duarte – Correspondant à
// Moscou*".
const CORRESPONDENT_POST_RE = new RegExp(String.raw`^${PERSON_NAME}\s[–—-]\s(?:[Cc]orrespondante?|[Ee]nvoyée? spéciale?)\s(?:en|à|au|aux|pour)\s\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*){0,2}\*?$`, "u");

/** True for a byline (author line), which is metadata, not article text. */
// "Écrit par" or "Rédigé par" and a name over a colon or a comma before the author's long title: "Écrit par Hélène
// MARQUET-RIVIÈRE : maîtresse de conférences à l'Institut national des langues et civilisations orientales".
const WRITTEN_BY_TITLED_RE = /^((?:écrit|rédigé)e? par\s.{3,60}?)\s?[:,]\s[^.!?;]{3,180}$/iu;

// A public broadcaster's byline with its link in words: "Catherine Lévesque-Tremblay (Accéder à la page de l'auteur)".
const AUTHOR_PAGE_BYLINE_RE = new RegExp(String.raw`^${PERSON_NAME}\s\([Aa]ccéder à la page de l['’]aut(?:eur|rice)\)$`, "u");

export function isByline(text: string): boolean {
  if (text.length > 120 && text.length <= 240) {
    const titled = WRITTEN_BY_TITLED_RE.exec(text);
    if (titled && isByline(titled[1])) return true;
  }
  if ((text.length > 120 && !(text.length <= 240 && RAPPORTEURS_RE.test(text))) || /[!?:;]$/.test(text)) return false;
  // A byline may end with an initial ("Par Jean D.") but not with a sentence ("Par décret du 4 mars, il a nommé X.").
  if (endsSentence(text) && !/\s\p{Lu}\.$/u.test(text)) return CREW_BYLINE_RE.test(text);
  return BYLINE_RE.test(text) || AUTHOR_PAGE_BYLINE_RE.test(text) || TEXT_BYLINE_RE.test(text) || TEAM_TEXT_CREDIT_RE.test(text) || COMMITTEE_TEXT_CREDIT_RE.test(text) || UNIT_REPORT_CREDIT_RE.test(text) || NEWSROOM_NAME_BYLINE_RE.test(text) || DESK_BYLINE_RE.test(text) || WITH_CORRESPONDENT_RE.test(text) || NEWSROOM_BYLINE_RE.test(text) || DESK_REGIONS_BYLINE_RE.test(text) || CORRESPONDENT_POST_RE.test(text);
}

const DAY_PAGER_RE = /^\s*←.*→\s*$/u;
// On a stamp's line only, "Publié : …" opening it ("Mars 3, 1971" names a probe and its year, "Vernissage : Juin 26,
// 2025, 18:30" an event's day, "Durée : 1:52 | Publiée : Mai 28, 2025" a video's). Or a weekday opening the line alone
// with it, as a site's top bar gives the day: "jeudi, octobre 3, 2024".
const MONTH_FIRST_STAMP_RE = /^(?:(?:publié|publiée|mis à jour|mise à jour)(?:\sle)?\s?:?\s?|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),\s(?=\p{L}+\.? \d{1,2}, (?:19|20)\d{2}$))(?=(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\.? \d{1,2}, (?:19|20)\d{2}(?!\d))/iu;
const MONTH_FIRST_DAY_RE = /(?<!\p{L})(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\.? (\d{1,2}), ((?:19|20)\d{2})(?!\d),?/giu;
const YEAR_FIRST_DAY_RE = /^\d{4}\./u;
const PUT_ONLINE_AT_RE = /(?<!\p{L})(?:mise? en ligne|publiée?|mise? à jour)\s?:?\s?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/iu;
const ISO_TIME_RE = /(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?/gu;
// A page's machine stamp alone on its line, the day and time the ISO way: "2025-06-14T17:32:00+02:00".
const ISO_STAMP_LINE_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?$/u;
const PICTURE_COUNT_RE = /^\s*\d{1,4}\s(?:photos|images)(?!\p{L})/iu;

// What may stand beside a date on a date line: "Publié le", "Mis à jour le", "à 10h30", "08:15 h", a Nordic "à 10.42",
// a neighbour's language's "Actualitzat", a German page's "Mittwoch, 14.05.2025, 07:42 Uhr", "| 4 min", a newsletter's
// issue ("N° 112 – vendredi 14 mars 2025"), an official journal's ("JORF n°0107 du 8 mai 2025"), the page's kind before
// its verb ("Compte rendu mis en ligne le 2 octobre 2024"), a video's "31 482 vues", a print issue's pages ("Février
// 2023, pages 10 et 11"), a time zone with its offset ("18:47 UTC +0100"), a press database's word count ("1 046
// mots").
const DATE_LINE_FILLER_RE =
  /^\s*(?:n°|numéro)\s?\d{1,5}(?![\d/])|^\s*(?:JORF|journal officiel(?: de la république française)?)\s?n°\s?\d{1,5}(?!\d)|(?<!\p{L})(?:publiée?|mise? en ligne) sur(?!\p{L})|^\s*(?:compte rendu|article|note|analyse|communiqué|entretien|dépêche|rapport|billet|tribune|chronique|résumé)(?= (?:mis|mise|publié|publiée|paru|parue|actualisé|actualisée|modifié|modifiée)(?!\p{L}))|(?<!\p{L})(?:mis(?:e)? à jour il y a \d{1,2} (?:minutes?|heures?)|publié|publiée|mis à jour|mise à jour|dernière mise à jour|mis en ligne|(?:ce contenu|cet article|cette page) a été (?:publié|publiée|mis à jour|mise à jour|modifié|modifiée)|dernière modification(?: de cette page)?|modifié|actualisé|posté|paru|parution|écrit|créé|achevé de rédiger|rédaction achevée|texte achevé|date de publication|date de (?:la )?(?:dernière )?(?:mise à jour|modification)|date|le|à|a|et|du|par|updated|published|on|at|il y a|actualitzat|actualizado|atualizado em|publicado em|aktualisiert|veröffentlicht|uhr|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(?!\p{L})|(?:temps de )?lecture\s*:?\s*\d+\s*(?:min(?:utes?)?|mn)\.?|\d+\s*(?:min(?:utes?)?|mn)\.?\s*de lecture|\d{1,2}\s*[h:]\s*\d{2}(?:\s?h(?!\p{L}))?|(?<=(?<!\p{L})à\s)\d{1,2}\.\d{2}(?!\d)|\d{1,2}\s*h(?!\p{L})|\d[\d\s\u00a0\u202f.,]*\s*[km]?\s*(?:vues|vidéos? vues|views|lectures)(?!\p{L})|(?<!\p{L})(?:pages?|pp?\.)\s*\d{1,4}(?:\s*(?:et|à|-|–)\s*\d{1,4})?(?!\p{L})|(?<!\p{L})(?:UTC|GMT)\s*[+-]\s*\d{1,4}(?::\d{2})?(?!\d)|\((?:JST|CET|CEST|MSK|HNE|HAE|ALMT|UTC|GMT)\)|(?<![\p{L}\d])\d{1,3}(?:[\s\u00a0\u202f]\d{3})*\s+mots(?!\p{L})|(?<!\p{L})vues\s*:\s*\d[\d\s\u00a0\u202f]*|[|•·,–—:\-()>]/giu;

// A time zone written out: "Heure normale d'Europe centrale" (or "… de l'Europe centrale"), a newswire's "04:15 heure
// de l'Est (ETATS-UNIS)" or "01:00 AM Heure normale de l'Est", or as a system names it after the time: "17:42
// Europe/Paris" ("Mardi 4 mars 2025, 14:00 (heure d'Astana)" may head a programme's session; "1er mars 2024, 00 h 00,
// Astana (Asia/Almaty)" a chronology's entry).
// A place's time in brackets after the time: "15 h 12 (heure de Singapour)".
const PLACE_TIME_RE = /(?<=\d{1,2}\s?[:h]\s?\d{2}\s?)\(heure (?:de |d['’])\p{Lu}[\p{L}'’ -]{1,30}\)/gu;
const TIME_ZONE_WORDS_RE = /(?<!\p{L})heure (?:normale |d['’]été )?(?:d['’]|de l['’])europe centrale(?!\p{L})|(?<=\d{1,2}\s?[:h]\s?\d{2}\s+(?:[ap]m\s+)?)heure (?:normale )?de l['’](?:est|ouest|atlantique|pacifique)(?:\s\((?:états-unis|etats-unis)\))?(?!\p{L})|(?<=\d{1,2}:\d{2}\s?)[ap]m(?!\p{L})|(?<=\d{1,2}\s?[:h]\s?\d{2}\s+)(?:CET|CEST|UTC|GMT|MSK|ALMT)(?!\p{L})|(?<=\d{1,2}\s?[:h]\s?\d{2}\s+)(?:Europe|Asia|Africa|America|Atlantic|Indian|Pacific|Australia)\/[A-Z][A-Za-z_]+(?![\p{L}/])/giu;
// The words of a wire's header beside its day and time: its time zone, its kind of dispatch, its priority.
const WIRE_HEADER_WORDS_RE = /(?<!\p{L})(?:UTC|GMT|FLASH|URGENT|ALERTE|BULLETIN|PAPIER GÉNÉRAL)(?!\p{L})|(?<!\p{L})[Pp]rio(?:rité)?\s*\d(?!\d)/gu;

// The words opening a day a time runs from or to, in small letters (see readDayLine): "Jusqu'au 4 mai 2025" alone is
// an exhibition's dates over its page, "Depuis janvier 2022" a wrapped sentence's start.
const SPAN_LEAD_RE = /^(?:depuis|dès|jusqu|avant|après)(?!\p{L})/u;
// The words opening a part of a month: "début avril 2025", "mi-mars", "fin juin".
// The word naming the publication's day after an update's: " – publié le ".
const PUBLISHED_BEFORE_RE = /(?<!\p{L})(?:publiée?|mis en ligne)\s(?:le\s)?$/iu;
// A fact box's field before its colon and its day (see readDayLine).
const FIELD_LABEL_RE = /^(?:sortie|vernissage|clôture|ouverture|livraison|résultats|départ|arrivée|inscriptions?|entretiens|dates|lieu|période|échéance|candidatures|rentrée|inauguration|lancement|fin|début)$/iu;
const MONTH_PART_LEAD_RE = /^(?:début|fin|mi-|courant|à la fin|au début)(?!\p{L})/iu;
// A day, a month's name and a year joined by hyphens: "17-juin-2025".
const HYPHENED_DAY_RE = /(?<![\p{L}\d-])(\d{1,2})-(janv\.?|janvier|févr\.?|février|mars|avr\.?|avril|mai|juin|juil\.?|juillet|août|sept\.?|septembre|oct\.?|octobre|nov\.?|novembre|déc\.?|décembre)-((?:19|20)\d{2})(?![\d-])/iu;
// A weekday shortened with its stop, right before a date: "jeu. ".
const SHORT_WEEKDAY_BEFORE_RE = /(?<!\p{L})(?:lun|mar|mer|jeu|ven|sam|dim)\.\s+$/iu;

/**
 * The date of a line that holds a date and, far apart, the page's language switcher under its label: "4 novembre 2025
 * Langues : English   Русский   Français" (without the label, "21 décembre 2015   Қазақша   Русский   English" is a
 * table's row: a treaty's day and its languages). Null for any other line.
 */
export function readDateBesideLanguages(text: string): DateMention | null {
  const [first, ...rest] = text.split(/\s{3,}/u);
  if (rest.length === 0 || !LANGUAGES_LABEL_RE.test(rest[0]) || toolbarReason(rest.join("   ")) !== "language switcher") return null;
  const d = readDateLine(first);
  return d && d.evidence.trim() === first.trim() ? d : null;
}

/** The date of a line that holds only a date (a weekday and a date, `Publié le 4 mars 2024 à 10h30`), or null. */
export function readDateLine(text: string): DateMention | null {
  if (text.length > 120) return null;
  // A French month in the English order, as a translated wire stamps it: "Publié : Juin 18, 2025, 9:12 AM" (its words
  // stay the evidence).
  // A day, its month's name and its year joined by hyphens, as a broadcaster stamps it, with its word: "Mis à jour
  // 21:14, 17-juin-2025" (read with spaces, the same length; its words stay the evidence; a diary's "13-juin-2025",
  // a ticket's "Départ le 19-juin-2025 à 18:40" are no stamps).
  if (HYPHENED_DAY_RE.test(text) && STAMP_VERB_RE.test(text)) {
    const read = readDateLine(text.replace(HYPHENED_DAY_RE, "$1 $2 $3"));
    return read && { ...read, evidence: text.slice(read.start, read.end) };
  }
  if (!MONTH_FIRST_STAMP_RE.test(text)) return readDayLine(text);
  MONTH_FIRST_DAY_RE.lastIndex = 0;
  const first = MONTH_FIRST_DAY_RE.exec(text)!;
  const words = first[0].replace(/,$/u, "");
  const read = readDayLine(text.replace(MONTH_FIRST_DAY_RE, "$2 $1 $3").replace(/(\d{1,2}:\d{2})\s?(?:AM|PM)(?!\p{L})/gu, "$1"));
  return read && { ...read, start: first.index, end: first.index + words.length, evidence: words };
}

function readDayLine(text: string): DateMention | null {
  // A pager between days: "← 23 octobre 2024 | 25 octobre 2024 →".
  if (DAY_PAGER_RE.test(text)) return null;
  // A photo desk's stamp, its time written the ISO way and its pictures counted: "24 photos   |   Mise en ligne :
  // 2025-06-17T11:48Z" (a file's "Créé : 2025-06-17T11:48Z" is no publication).
  const stamped = PUT_ONLINE_AT_RE.test(text) || ISO_STAMP_LINE_RE.test(text.trim());
  if (stamped) text = text.replace(ISO_TIME_RE, "$1 $2").replace(PICTURE_COUNT_RE, " ");
  const found = findDates(text);
  if (found.length === 0) return null;
  // A day a time runs from or to, in small letters, is no stamp: "depuis janvier 2022" (a wrapped headline's last
  // line), "jusqu'au 4 mai 2025".
  if (SPAN_LEAD_RE.test(found[0].evidence)) return null;
  // Nor is a part of a month, a calendar's step: "Résultats : début avril 2025".
  if (MONTH_PART_LEAD_RE.test(found[0].evidence)) return null;
  // A day written year first ("2025. 06. 12. 15:40") stamps a page only opening its line: after a name ("Index.hu,
  // 2025. 05. 22.", "Budapest, 2025. 05. 22."), it cites a source or a statement.
  if (YEAR_FIRST_DAY_RE.test(found[0].evidence) && found[0].start > 0) return null;
  let rest = text;
  // A weekday shortened before the date goes with it: "Mis à jour le jeu. 23 oct. 2025 à 17:05".
  for (const d of [...found].sort((a, b) => b.start - a.start)) rest = rest.slice(0, d.start).replace(SHORT_WEEKDAY_BEFORE_RE, "") + " " + rest.slice(d.end);
  // "Posté le 2 février 2023 par admin": who posted it may follow the date.
  rest = rest.replace(/(?<!\p{L})par\s+\S+$/u, " ");
  // A print edition's day, first: "Paru dans l'édition du 07/10/2024" ("Kommersant, paru dans l'édition du 6 janvier
  // 2022" names a source).
  // (Or under the text: "Article paru dans notre édition du jeudi 3 octobre 2024.")
  rest = rest.replace(/^(?:article )?paru dans (?:l['’]|notre )édition(?: papier| imprimée)?(?= )/iu, " ");
  // A review's issue after the day it was put online: "Mis en ligne le 14 mars 2025 · Paru dans le n° 187 (printemps
  // 2025)" ("3 février 2025 · Paru dans le n° 6 (…)" is a timeline's entry).
  if (/^(?:mis en ligne|publiée?) le\s/iu.test(text)) rest = rest.replace(/\s[·|–-]\s(?:paru|publié) dans le (?:n°|numéro)\s?\d{1,4}(?:\s\([^()]{1,30}\))?\s*$/iu, " ");
  // A weekday shortened before the day in figures, "mer, 13/03/2024 - 11:47", or with its stop before the month's
  // name: "ven. 15 nov. 2024".
  if (/^(?:lun|mar|mer|jeu|ven|sam|dim)(?:\.?,?\s+\d{1,2}[./]\d{1,2}[./]\d{2,4}|\.\s+\d{1,2}(?:er)?\s+\p{L})/iu.test(text)) rest = rest.replace(/^(?:lun|mar|mer|jeu|ven|sam|dim)\.?/iu, " ");
  // A Finnish site's weekday, two letters, before the day in figures: "ke 21.5.2025 17:48".
  if (/^(?:ma|ti|ke|to|pe|la|su)\s\d{1,2}\.\d{1,2}\.\d{4}\b/u.test(text)) rest = rest.replace(/^(?:ma|ti|ke|to|pe|la|su)(?=\s)/u, " ");
  // An Iranian site's solar day beside the common one: "Date de publication : 1403/08/14 – lundi 4 novembre 2024 –
  // 10:25".
  rest = rest.replace(/(?<![\d/])1[34]\d{2}\/\d{1,2}\/\d{1,2}(?![\d/])/u, " ");
  // Where it was put online: "Mis en ligne sur Transbalkanica le mardi 4 novembre 2025" ("Publié par Arman K. le …"
  // names its author).
  rest = rest.replace(/^(?:[Mm]is en ligne|[Pp]ublié|[Pp]ubliée) sur \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?(?= )/u, " ");
  // A stamp to the second beside a date in figures, a wire's: "French.news.cn | 2025-06-17 à 21:05:32" ("25 décembre
  // 2024 à 05:12:10" times an event).
  if (/\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}-\d{1,2}-\d{4}/u.test(text)) rest = rest.replace(/(\d{1,2}:\d{2}):\d{2}(?!\d)/gu, "$1");
  // A wire's header, its day in figures first: "02/09/2025 09:14 GMT   FLASH   Prio 1"; a release's stamp, its day
  // first: "19 décembre 2025 09:00 Heure normale d'Europe centrale" (after a town, "Almaty, 4 janvier 2022, 16 h GMT"
  // heads a chronology's entry).
  // (Or a French site's time in brackets: "04/04/2025 16:52 (heure de Paris)"; "27/03/2024 09:00 (heure d'Astana)"
  // heads a chronology's entry.)
  if (/^\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/u.test(text)) rest = rest.replace(WIRE_HEADER_WORDS_RE, " ").replace(/(?<=\d{1,2}\s?[:h]\s?\d{2}\s?)\(heure de Paris\)/gu, " ");
  // (So may a release's dateline with its "le": "Paris, le 23 octobre 2025 – 17h45 CET".)
  if (found[0].start === 0 || (/^le\s/iu.test(found[0].evidence) && /^\p{Lu}[\p{L}'’ -]{1,30},\s$/u.test(text.slice(0, found[0].start)))) rest = rest.replace(TIME_ZONE_WORDS_RE, " ");
  // (On a stamp's line only, "Publié le …": "Mardi 4 mars 2025, 14:00 (heure d'Astana)" heads a chronology's entry,
  // "Mis à jour : …" may be a notice's the text quotes.)
  if (/^publiée? le\s/iu.test(text)) rest = rest.replace(PLACE_TIME_RE, " ");
  // A parliamentary report's filing: "Enregistré à la Présidence du Sénat le 21 mai 2025".
  rest = rest.replace(/^enregistrée? à la présidence (?:du sénat|de l['’]assemblée nationale)(?= )/iu, " ");
  // A newsletter's issue before its month: "Newsletter n° 58 — Septembre 2025" (a list of a letter's issues, "Lettre
  // d'information n° 1 – avril 2025", may follow a colon).
  if (found[0].precision === "month") rest = rest.replace(/^newsletter\s+n[°o]\s?\d{1,4}\s/iu, " ");
  // A mail client's stamp, how long ago in brackets: "ven. 7 févr. 2025, 07:31 (il y a 3 jours)".
  rest = rest.replace(/\(il y a \d{1,3} (?:minutes?|heures?|jours?|semaines?|mois)\)\s*$/iu, " ");
  // A count of views behind its eye: "17.05.2025   16:20   👁 1 874".
  rest = rest.replace(/[👁👀]\uFE0F?\s*\d[\d\s\u00a0\u202f.,]*[kKM]?/gu, " ");
  // "Mise en ligne : 19 mars 2025" (or "… à 9 h 00") is a fact box's field; with its time the ISO way, a stamp.
  if (stamped) rest = rest.replace(/(?<!\p{L})mise en ligne(?!\p{L})/giu, " ");
  // (A Turkish site's capitals may turn an i dotless: "Mıse À Jour : 12.11.2025".)
  rest = rest.replace(/ı/gu, "i").replace(DATE_LINE_FILLER_RE, " ").trim();
  // One word may stand beside the date, a place: "Astana, le 4 mars 2024"; "Mars 2024 : le tournant" is a heading.
  const left = rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (left.length > 1 || (left.length === 1 && !/^\p{Lu}/u.test(left[0]))) return null;
  // Not a fact box's field before its colon: "Sortie : 12 mars 2025", "Vernissage : 3 octobre 2024", "Clôture : 15
  // janvier 2026" ("MAJ : 14/05/2025", "Dépôt : 22.4.2025" stamp the page).
  if (left.length === 1 && FIELD_LABEL_RE.test(left[0]) && /^\s?:/u.test(text.trimStart().slice(left[0].length))) return null;
  // "Publié le … mis à jour le …": the publication date is the first one; after an update, the one "publié" names:
  // "Mis à jour le 22/08/2016 | 10:14 – publié le 21/08/2016 | 23:50".
  return found.find((d, k) => k > 0 && PUBLISHED_BEFORE_RE.test(text.slice(found[k - 1].end, d.start))) ?? found[0];
}

const ORIGINAL_ITEM_RE = /^(?:article|texte|version) originale?\s?:\s?\S.{3,40}$/iu;
const SOURCE_ITEM_RE = /^[Ss]ource\s?:\s?\p{Lu}[\p{L}\d'’ .-]{1,50}$/u;
// Where a meta line separates its items: "La Rédaction · il y a 3 jours · 4 min de lecture".
const META_SEP_RE = /\s+[·•|–—-]\s+|\s{3,}/u;
// An author or a desk in a meta line: "La Rédaction", "Claire Fontanel", "V.D.".
// A section's name, one capitalised word: "International", "Économie".
const SECTION_WORD_RE = /^\p{Lu}\p{Ll}+$/u;
// A daily's issue, its number then its day: "Édition N° 13 912 du 25/09/2025".
const EDITION_ITEM_RE = /^(?:édition|numéro)\s*(?:n[°o]\s?)?\d[\d\s\u00a0\u202f]{0,8}\s+du\s+(.+)$/iu;
// A number alone, its pictogram removed: a count of views.
const VIEWS_AFTER_EMOJI_RE = /^\d[\d\s\u00a0\u202f.,]*[kKM]?$/u;
// A series' issue or its length in a meta line: "Focus n° 31", "Note n°12", "12 pages" (a newsletter's "n° 812" beside
// its day heads the newsletter, not an article).
// (A newsletter's number alone, in thousands: "N° 1 212".)
// A letter's name: "La lettre de la cybersécurité francophone", "Bulletin de l'observatoire".
// (Not a review's, "Revue Steppes – N° 1 – mars 2024", in a list of its issues.)
const LETTER_NAME_ITEM_RE = /^(?:(?:la|le|l['’])\s?)?(?:lettre|newsletter|bulletin)\b[^.!?:]{0,60}$/iu;
const ISSUE_ITEM_RE = /^\p{Lu}[\p{L}'’ -]{1,40}\sn[°o]\s?\d{1,4}$|^\d{1,4} pages?$|^N[°o]\s?\d{1,3}(?:[\s\u00a0\u202f]\d{3})*$/u;
// Words in capitals with a little word of French between them: a label ("ACTUALITÉS DES EXPOSANTS"), not a name.
// (Or opening on its article: "LE RÉVEIL | Mardi 17 juin 2025 | N° 1 212".)
const CAPITALS_LABEL_RE = /^(?=[^\p{Ll}]+$)(?:.*\s(?:DES|LES|AUX|ET|DU|DANS|POUR|SUR)\s|(?:LE|LA|LES|L['’])\s?\p{Lu})/u;
const META_NAME_RE = /^(?:[Pp]ar\s+)?(?:[Ll]a [Rr]édaction|\p{Lu}[\p{L}'’.-]*(?:\s+(?:de |d['’]|du |le |la )?\p{Lu}[\p{L}'’.-]*){1,3}|(?:\p{Lu}\.){1,3})$/u;

// A section's name under its label, as a meta line's first item: "Catégorie : International", "Rubrique : Monde".
// A stamp's verb opening its line: "Mis en ligne le …", "Publié le …".
const STAMP_VERB_RE = /^(?:mis en ligne|mise en ligne|publié|publiée|posté|postée|mis à jour|mise à jour)(?!\p{L})/iu;
// A meta line's item naming the page's section: "Rubrique International", "Catégorie : Diplomatie", a release
// platform's "Secteur : Environnement".
const SECTION_ITEM_RE = /^(?:[Cc]atégorie|[Rr]ubrique|[Ss]ecteur)\s?:?\s\p{Lu}[\p{L}'’ -]{1,30}$/u;
// A release's kind as a meta line's first item: "Communiqué de presse — 22 janvier 2026".
const RELEASE_LABEL_ITEM_RE = /^(?:communiqué(?: de presse)?|note de presse|dossier de presse|avis aux (?:médias|rédactions))$/iu;
const DURATION_ITEM_RE = /^\d{1,2}\s?h\s?\d{1,2}\s?min$|^\d{1,3}\s?min$/u;
const FILE_SIZE_ITEM_RE = /^(?:PDF|DOCX?|EPUB|XLSX?)(?:,|\s[-–])\s?\d+(?:[.,]\d+)?\s?(?:[kKMG]o|[kKMG]B)$/u;
const NOTE_KIND_ITEM_RE = /^(?:note|fiche|brève|analyse|étude|focus|éclairage|décryptage)(?: pays| sectorielle| de conjoncture| d['’]analyse| de synthèse)?$/iu;
const LABELLED_SECTION_ITEM_RE = /^(?:[Cc]atégorie|[Rr]ubrique|[Ss]ection)\s?:\s?\p{Lu}[\p{L}'’ -]{1,30}$/u;

// Two days joined by a dash, the second with its year: "21 février – 1er mars 2026".
const DAY_SPAN_RE = /(?<!\d)\d{1,2}(?:er)?\s\p{L}{3,9}\.?\s?[–—-]\s?\d{1,2}(?:er)?\s\p{L}{3,9}\.?\s(?:19|20)\d{2}(?!\d)/u;

/**
 * A line of metadata items apart, none a sentence: who wrote the article, when (maybe "il y a 3 jours"), how long it
 * takes to read: "La Rédaction · il y a 3 jours · 4 min de lecture". Null when any item is something else. `byline`
 * when an item names an author; `date` the first date written in full.
 */
// Weeks or months ago, as a meta line's item: "il y a 3 semaines", "il y a 2 mois".
const WEEKS_AGO_RE = /^(?:(?:mis à jour|publié|posté|modifié)\s)?il y a \d+\s*(?:semaines?|sem\.?|mois|ans?)$/iu;
// "il y a 2 ans" (a timeline's "Il y a 10 ans · 1er janvier 2015" dates an event, not the page).
const YEARS_AGO_RE = /^(?:(?:mis à jour|publié|posté|modifié)\s)?il y a \d+\s*ans?$/iu;
// A firm's author with a title and an office: "Camille Roche, Of Counsel (Paris)", "Yerlan Dzhaksybekov, Senior
// Associate (Almaty)".
const TITLED_AUTHOR_ITEM_RE = /^\p{Lu}[\p{Ll}'’-]+(?:[\s-]\p{Lu}[\p{Ll}'’-]+){1,2},\s\p{L}[\p{L}'’ -]{2,40}\s\(\p{Lu}[\p{L}'’ -]{1,30}\)$/u;
// The author by a first name and a role in small letters, as an agency's blog signs: "Julie, conseillère Asie
// centrale". ("Cholet, à Nancy" in a programme is a match and its town.)
const NAME_AND_ROLE_ITEM_RE = /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2},\s(?!(?:à|au|aux|en|de|du|des|le|la|les|sur|pour|contre|chez)\s)\p{Ll}[\p{L}'’ -]{2,40}$/u;
// A topic before a reading time: "Arbitrage international · Contentieux des États · Temps de lecture : 5 min".
const TOPIC_ITEM_RE = /^\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,3}$/u;

export function readMetaLine(text: string): { byline: boolean; date: DateMention | null; yearless?: DateMention } | null {
  if (text.length > 160 || !META_SEP_RE.test(text)) return null;
  // A span of days is an event's, not a stamp: "21 février – 1er mars 2026 | Paris Expo Porte de Versailles" is the
  // site's line without a day or an author of the page's.
  const span = DAY_SPAN_RE.test(text);
  // (A bar may touch the item after it: "Nazlı Yüksel Durmaz   |12.11.2025 - …".)
  const items = text.split(META_SEP_RE).map((p) => p.trim().replace(/^\|(?=\S)/u, "")).filter(Boolean);
  if (items.length < 2) return null;
  let byline = false;
  let stamp = false;
  let date: DateMention | null = null;
  let relative = false;
  let yearless: DateMention | undefined;
  let sectionFirst = false;
  let counted = false;
  let stamps = 0;
  // "⏱ 4 min": an emoji may stand before an item.
  const bare = items.map((raw) => raw.replace(LEADING_EMOJI_RE, "") || raw);
  const families = bare.map(phraseFamilyOf);
  const reading = families.includes("reading time");
  for (const [at, raw] of items.entries()) {
    const item = bare[at];
    const family = families[at];
    const line = readDateLine(item);
    if (line) {
      stamp = true;
      stamps++;
      if (!line.relative) date ??= line;
      else {
        relative = true;
        if (WEEKDAY_DAY_RE.test(line.evidence)) yearless ??= line;
      }
    }
    // The stamp's time on its own beside a reading time: "mardi 3 juin · 08:00 · 3 min" (a screening's "Dimanche 15
    // février – 10 h 00 – Théâtre Edwige Feuillère" names no author).
    else if (stamps > 0 && reading && BARE_TIME_RE.test(item)) continue;
    // Or last, right after the day: "Julien Marchetti | 12/03/2025 | 08:47".
    // (With its year: "jeu. 13 mars · 20h00" is a show's.)
    else if (at > 0 && at === items.length - 1 && BARE_TIME_RE.test(item) && isFullDay(bare[at - 1])) continue;
    // An agency's name in capitals, first, over its desk and its stamp: "AMP – Service Marchés – jeudi 27 novembre 2025
    // – 18:05".
    // (Its desk next: "UEFA – Kaïrat Almaty – Real Madrid – mardi 30 septembre 2025" heads a match's sheet.)
    else if (at === 0 && items.length >= 3 && AGENCY_ITEM_RE.test(item) && OFFICE_ITEM_RE.test(bare[1])) continue;
    else if (WEEKS_AGO_RE.test(item)) {
      if (YEARS_AGO_RE.test(item) && items.some((x) => readDateLine(x))) return null;
      // "il y a 3 semaines" among a meta line's items (alone, "Il y a 6 mois" may head a chronology's part).
      stamp = true;
      stamps++;
      relative = true;
    } else if (family && /publication time|reading time|comment/.test(family)) {
      stamp = true;
      stamps++;
      relative ||= /publication time/.test(family);
    }
    // A count of views beside the stamp: "Lu 892 fois".
    else if (family === "view counter") counted = true;
    // The page's section under its label, first: "Catégorie : International | 22 septembre 2019 | 1 248 vues".
    else if (at === 0 && LABELLED_SECTION_ITEM_RE.test(item)) continue;
    // A letter's name, first, beside its issue: "La lettre de la cybersécurité francophone · N° 212 · jeudi 12 juin 2025".
    // (Its issue apart, with a day: "Lettre n° 187 – Semaine du 9 au 15 juin 2025" names a week.)
    else if (at === 0 && items.length >= 3 && LETTER_NAME_ITEM_RE.test(item) && !ISSUE_ITEM_RE.test(item) && bare.some((x) => ISSUE_ITEM_RE.test(x))) continue;
    // The kind of release, first: "Communiqué de presse — 22 janvier 2026".
    else if (at === 0 && RELEASE_LABEL_ITEM_RE.test(item)) continue;
    // (Or of note, before its stamp's word: "Note pays · Publiée le 2025-06-18 · Mise à jour : 2025-09-02".)
    else if (at === 0 && NOTE_KIND_ITEM_RE.test(item) && STAMP_VERB_RE.test(bare[1] ?? "")) continue;
    // Anywhere on a stamp's line, with its word: "Mis en ligne le lundi 7 avril 2025 – Rubrique International" (no
    // author's name; "1er juillet 2025 – Catégorie Investisseur" is a timeline's entry).
    else if (SECTION_ITEM_RE.test(item) && STAMP_VERB_RE.test(text)) continue;
    // (Or a video's length: "Webinaire · 1 h 27 min · 1 248 vues · il y a 3 jours".)
    else if (DURATION_ITEM_RE.test(item) && items.length >= 3) continue;
    // (Or the file's format and size: "Mis en ligne le 2025-06-18 | Catégorie : Rapports | PDF, 3,2 Mo".)
    else if (FILE_SIZE_ITEM_RE.test(item) && STAMP_VERB_RE.test(text)) continue;
    // A post's counts after its stamp: "7 nov. 2025, 08:42 · Web · 64 partages · 41 favoris".
    else if (stamps > 0 && family === "a social network's buttons and counters" && /^\d/u.test(item)) counted = true;
    // The reader's tools after the stamp: "Date : 2025-12-18 10:27   Source : …   Taille : [Grand] [Moyen] [Petit]".
    else if (stamps > 0 && family === "reader tool") continue;
    // "vendredi 5 juillet 2024 | Connexion | Contact": a site's bar, not an article's metadata.
    else if (family) return null;
    else if (isByline(item)) byline = true;
    // A section's label in capitals is no name: "ACTUALITÉS DES EXPOSANTS | 15 octobre 2025".
    else if (CAPITALS_LABEL_RE.test(item)) continue;
    else if (META_NAME_RE.test(item) || NAME_AND_ROLE_ITEM_RE.test(item) || TITLED_AUTHOR_ITEM_RE.test(item)) byline = true;
    // The author's role after the name: "Claire Fontanel · CEO & cofondatrice · il y a 3 jours · 4 min de lecture".
    else if (byline && at > 0 && ROLE_ITEM_RE.test(item)) continue;
    // An office that signs, after the stamp: "Mise à jour : janvier 2026 – Bureau Business France au Kazakhstan
    // (Almaty)".
    // (On a stamp's line, with its word: "Février 2019 – Bureau Business France au Kazakhstan (Almaty)" is a
    // chronology's entry.)
    else if (stamps > 0 && STAMP_VERB_RE.test(text) && OFFICE_ITEM_RE.test(item)) byline = true;
    // A blog's author by her first name, between the post's day and its comments: "3 juin 2023 · Clara · 14
    // commentaires" (not a section, "Culture", nor a place, "Almaty").
    else if (stamps > 0 && FIRST_NAME_ITEM_RE.test(item) && !TOP_SECTION_RE.test(item) && families.some((f) => !!f && /comment/u.test(f)) && !findTag(item)) byline = true;
    // Topics, beside how long the page takes to read.
    else if (reading && TOPIC_ITEM_RE.test(item)) continue;
    // "il y a 3 heures · International": the page's section, after its stamp.
    else if (relative && SECTION_WORD_RE.test(item)) continue;
    // Or first, when the line counts the page's views: "Politique   14.11.2025   👁 1 126" (a table's row, "Moscou   mai
    // 2023   Russie", counts none).
    else if (at === 0 && SECTION_WORD_RE.test(item)) sectionFirst = true;
    // A daily's issue and its day: "Édition N° 13 912 du 25/09/2025".
    else if (EDITION_ITEM_RE.test(item) && readDateLine(item.replace(EDITION_ITEM_RE, "$1"))) {
      stamp = true;
      date ??= readDateLine(item.replace(EDITION_ITEM_RE, "$1"));
    }
    // A count of views behind its eye: "👁 1 126".
    else if (item !== raw && VIEWS_AFTER_EMOJI_RE.test(item)) counted = true;
    // A series' issue and its length: "Focus n° 31 | 21 juin 2023 | 12 pages" (three items at least: "Résolution n°
    // 2231 — 20 juillet 2015" lists a document).
    else if (items.length >= 3 && ISSUE_ITEM_RE.test(item)) continue;
    // The outlet an article comes from, between its stamp and its author: "2025-06-19 16:20:05 | Source : Chine
    // Horizons | Auteur : LI Wen, envoyé spécial à Astana".
    else if (SOURCE_ITEM_RE.test(item)) continue;
    // The original's day beside a summary's: "Résumé publié le 20 déc. 2025 à 09:15 (JST) | Article original :
    // 2025/12/19 18:04".
    else if (stamps > 0 && ORIGINAL_ITEM_RE.test(item)) continue;
    // The application a post was sent from, after its stamp: "7 nov. 2025, 08:42 · Web · 64 partages · 41 favoris".
    else if (stamps > 0 && /^(?:web|android|ios)$/iu.test(item)) continue;
    else return null;
  }
  // The section first, then two stamps: "Actualités · il y a 3 semaines · 4 min de lecture".
  if (sectionFirst && !counted && stamps < 2) return null;
  // (The weekday's day dates the page beside a time to read or hear it, a few minutes: "mardi 3 juin · 08:00 · 3 min";
  // "Mardi 3 juin · 20:00 · 90 min" is a concert's day and length.)
  const minutes = Math.max(0, ...bare.filter((_, k) => families[k] === "reading time").map((x) => Number(/\d+/u.exec(x)?.[0] ?? 0)));
  const dated = yearless && minutes <= READING_MINUTES_MAX ? { yearless } : {};
  return stamp ? (span ? { byline: false, date: null } : { byline, date, ...(!date ? dated : {}) }) : null;
}
// An office or a desk by its name: "Bureau Business France au Kazakhstan (Almaty)", "Service Marchés".
const OFFICE_ITEM_RE = /^(?:[Bb]ureau|[Ss]ervice|[Dd]irection|[ÉE]quipe|[Rr]édaction)\s(?:de |d['’]|du |des )?\p{Lu}[^.!?:;]{1,60}$/u;
// An author's role in a meta line: "CEO & cofondatrice", "Rédactrice en chef", "Directeur général".
const ROLE_ITEM_RE = /^(?:CEO|PDG|DG|CTO|COO|CFO|co-?fondat(?:eur|rice)|fondat(?:eur|rice)|directeur|directrice|rédact(?:eur|rice)|journaliste|président|présidente|responsable|chargée? de|associée?)(?:\s(?:&|et)\s(?:co-?fondat(?:eur|rice)|fondat(?:eur|rice)|directeur|directrice|associée?))?(?:\s[\p{Ll}’'-]+){0,3}$/iu;
// An agency's name in capitals: "AFP", "AMP".
const AGENCY_ITEM_RE = /^\p{Lu}{2,5}$/u;
// A first name alone: "Clara", "Jean-Marc".
const FIRST_NAME_ITEM_RE = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u;
/** Minutes a page takes to read or hear, at most, beside a stamp that dates it (a show lasts longer). */
const READING_MINUTES_MAX = 20;
// A weekday and its day without a year: "mardi 3 juin".
const WEEKDAY_DAY_RE = /^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s\d{1,2}(?:er)?\s\p{L}+\.?$/iu;
/** True for a line that is a day with its year: "12/03/2025" (not "jeu. 13 mars"). */
function isFullDay(text: string): boolean {
  const d = readDateLine(text);
  return !!d && d.precision === "day" && /^\d{4}-/u.test(d.date);
}
// A time alone: "08:00", "20h30".
const BARE_TIME_RE = /^\d{1,2}\s?[:h]\s?\d{2}$/u;

/** True for a navigation menu or tag cloud: several capitalised words and no French grammar words at all. */
export function isMenuLine(text: string): boolean {
  // The cheap tests first: most lines are sentences.
  if (endsSentence(text) || /[:,;]/.test(text)) return false;
  const ws = text.split(/\s+/).filter(Boolean);
  if (ws.length < 4) return false;
  return stopwordDensity(text) === 0 && ws.every((w) => /^[\p{Lu}\p{N}&|•·›>\/-]/u.test(w));
}
