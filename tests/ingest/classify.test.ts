// How single lines and short articles are read: headings, lists, quotes, credits, furniture, titles, ledes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MAY_HOLD_OTHER_SCRIPT_RE, OTHER_SCRIPT_LETTER_RE, classifyLines, isHeadingShape } from "../../src/ingest/classify.ts";
import { ingestSeed } from "../../src/ingest/index.ts";
import { splitReferences } from "../../src/ingest/structure.ts";
import { deriveTitle } from "../../src/ingest/title.ts";
import { furniturePhraseReason, isBreadcrumb, isByline, readDateLine, readTeaserOpener } from "../../src/ingest/furniture.ts";
import type { Article, LineKind } from "../../src/ingest/types.ts";

const PARA = "Le Kazakhstan a signé un accord de coopération avec ses voisins pour la gestion de l’eau. Les ministres se sont réunis à Astana.";
const PARA3 = "Les experts attendent désormais le financement promis par les bailleurs pour les premiers travaux sur le terrain.";
const PARA2 = "Les discussions ont porté sur le partage des fleuves transfrontaliers et sur la modernisation des canaux d’irrigation de la région.";

function kinds(text: string): LineKind[] {
  return classifyLines(text.split("\n").map((t, i) => ({ line: i + 1, text: t }))).map((c) => c.kind);
}

function ingest(text: string): Article {
  const r = ingestSeed({ source: "test.txt", name: "test.txt", bytes: new TextEncoder().encode(text) });
  assert.ok(r.article, JSON.stringify(r.problems));
  return r.article;
}

test("a line ending in ' :' introduces a list, it is not a heading", () => {
  assert.equal(isHeadingShape("Il a lancé un appel à :"), false);
  assert.deepEqual(kinds([PARA, "Il a lancé un appel à :", "- réformer l’ONU ;", "- élargir le Conseil de sécurité."].join("\n")), ["lede", "paragraph", "list-item", "list-item"]);
});

test("a short line without final punctuation between paragraphs is a heading", () => {
  assert.deepEqual(kinds([PARA, "Une constante stratégique : la diplomatie multivectorielle", PARA2].join("\n")), ["lede", "heading", "paragraph"]);
});

test("a short title framed as 'Label : « quoted sentence. »' is still a heading", () => {
  assert.equal(isHeadingShape("Conflits internationaux : « la voie vers la paix passe par les négociations. »"), true);
  assert.equal(isHeadingShape("Il a dit : « la paix passe par les négociations. » Puis il est parti."), false);
});

test("bullets '-', '•', '–', '*' and numbers open list items", () => {
  assert.deepEqual(kinds([PARA, "• préserver sa souveraineté,", "– diversifier ses partenariats,", "* affirmer le pays,", "1. la neutralité ;", "2) l’équilibre."].join("\n")), ["lede", "list-item", "list-item", "list-item", "list-item", "list-item"]);
});

test("a paragraph opening with « is a quote, unless the quoted words are the subject of a sentence", () => {
  assert.deepEqual(kinds([PARA, "« Nous devons affronter la vérité. » Ce qui crée une crise de confiance.", "« Kazakhstan, géant en devenir ? » était le titre d’une note stratégique."].join("\n")), ["lede", "quote", "paragraph"]);
});

test("credits (©, 'Photo :', 'Crédit') and captions ending with a credit publish as credit blocks", () => {
  const a = ingest([PARA, "© Akorda", "Photo : AFP", "Crédit photo : DR", "Le président à Astana, le 4 mars 2024. © Akorda", PARA2].join("\n"));
  assert.deepEqual(a.blocks.filter((b) => b.type === "credit").map((b) => b.line), [2, 3, 4, 5]);
});

test("a bibliography follows its marker line; two references on one line become two entries", () => {
  const a = ingest([PARA, "Bibliographie", "Dupont, J. (2020). Le Kazakhstan. Paris.", "ONU. (2018). Rapport. https://un.org/r Makasheva, K. (2006). Kazakhstan and the UN."].join("\n"));
  assert.deepEqual(a.blocks.map((b) => [b.type, b.line]), [["heading", 2], ["bibliography", 3], ["bibliography", 4], ["bibliography", 4]]);
  assert.deepEqual(splitReferences("A. (2018). T. https://x.org/a Makasheva, K. (2006). K."), ["A. (2018). T. https://x.org/a", "Makasheva, K. (2006). K."]);
});

test("a headline-shaped first line is the title; the first paragraph is the lede", () => {
  const a = ingest(["Le Kazakhstan signe un accord sur l’eau avec ses voisins", "", PARA, "", PARA2].join("\n"));
  assert.deepEqual([a.title, a.titleSource, a.titleLine, a.ledeLine], ["Le Kazakhstan signe un accord sur l’eau avec ses voisins", "text", 1, 3]);
});

test("a one-sentence chapeau before a headline-shaped line makes that line the title", () => {
  const chapeau = "Lors de l’Assemblée générale de l’ONU à New York, Volodymyr Zelensky a rencontré son homologue kazakhstanais.";
  const a = ingest([chapeau, "Guerre en Ukraine : Tokaïev conseille à Zelensky d’accélérer les efforts diplomatiques", PARA, PARA2].join("\n"));
  assert.deepEqual([a.titleSource, a.titleLine, a.ledeLine], ["text", 2, 1]);
});

test("a first paragraph of several sentences followed by a heading keeps the heading as a heading", () => {
  const a = ingest([PARA, "", "Kazakhstan et Turkménistan : un partenariat stratégique", "", PARA2].join("\n"));
  assert.equal(a.titleSource, "derived");
  assert.deepEqual(a.blocks.map((b) => b.type), ["heading", "paragraph"]);
});

test("a derived title is at most 110 characters, drops the opening date and never ends on a little word or a comma", () => {
  const t = deriveTitle("Les 11 et 12 décembre 2025, le président du Kazakhstan, Kassym-Jomart Tokaïev, a effectué une visite officielle à Ashgabat, au Turkménistan, dans le cadre de la célébration de la neutralité.");
  assert.ok(t.length <= 110, t);
  assert.ok(t.startsWith("Le président du Kazakhstan"), t);
  assert.ok(!/[,;:]$|\s(?:le|la|de|du|des|et|à|au)$/i.test(t), t);
  const long = deriveTitle("Dans un système international en recomposition accélérée, la vision politique et diplomatique de Kassym-Jomart Tokayev se distingue par sa cohérence et sa sobriété doctrinale.");
  assert.ok(long.length <= 110 && long.startsWith("La vision politique"), long);
});

test("the derived title never carries the ' date ' header", () => {
  const a = ingest(` date 2025-11-19 Depuis juin 2025, le président kazakhstanais a multiplié les déplacements de haut niveau. Une séquence inédite.\n\n${PARA}`);
  assert.ok(!/date|2025-11-19/.test(a.title), a.title);
  assert.equal(a.date, "2025-11-19");
  assert.ok(a.removed.some((r) => r.line === 1 && r.text === " date 2025-11-19 "));
  assert.equal(a.ledeLine, 1);
});

test("furniture phrase families are recognised only when they fill the line", () => {
  for (const line of ["Privacy Preference Center", "0 Commentaire10 minutes de lecture", "Partager sur Facebook", "Abonnez-vous à notre newsletter", "Article réservé aux abonnés", "Il vous reste 75 % de cet article à lire.", "Nous utilisons des cookies pour améliorer votre expérience.", "Temps de lecture : 4 min", "Laisser un commentaire", "il y a 2 heures", "Aujourd’hui à 10h15"]) {
    assert.ok(furniturePhraseReason(line), line);
  }
  assert.equal(furniturePhraseReason("Le président a invité ses homologues à partager leurs données sur Facebook et ailleurs."), null);
  assert.ok(furniturePhraseReason("Cet article vous a plu ? Abonnez-vous pour soutenir notre travail."));
});

test("breadcrumbs, bylines, date lines and teaser openers are told apart from text", () => {
  assert.ok(isBreadcrumb("Accueil > Monde > Asie centrale"));
  assert.ok(isBreadcrumb("Monde › Asie › Kazakhstan"));
  assert.ok(!isBreadcrumb("Guerre en Ukraine : le Kazakhstan joue un rôle discret"));
  assert.ok(isByline("Par Jean Dupont"));
  assert.ok(isByline("Par Anne-Marie Le Gall, envoyée spéciale à Almaty"));
  assert.ok(!isByline("Par ailleurs, la visite a permis de mettre en avant la continuité."));
  assert.equal(readDateLine("mardi 4 mars 2024")?.date, "2024-03-04");
  assert.equal(readDateLine("Publié le 12/05/2025 à 10h30, mis à jour le 13/05/2025")?.date, "2025-05-12");
  assert.equal(readDateLine("Le 6 novembre 2025, Tokaïev s’est rendu à Washington."), null);
  assert.equal(readDateLine("Astana, le 4 mars 2024")?.date, "2024-03-04");
  assert.equal(readDateLine("Mars 2024 : le tournant"), null);
  assert.ok(!isByline("Par Décret présidentiel, il a nommé un ministre."));
  assert.deepEqual(readTeaserOpener("Voir aussi"), { words: "Voir aussi", standalone: true });
  assert.equal(readTeaserOpener("À lire aussi : Le Kazakhstan et la Syrie")?.standalone, false);
  assert.equal(readTeaserOpener("Il faut lire aussi le rapport."), null);
});

test("after a standalone 'Voir aussi' the teasers go, but the article's own prose coming back is kept", () => {
  const a = ingest([PARA, "À lire aussi", "Ouzbékistan : les réformes s’accélèrent", PARA2, "Le sommet s’est conclu par une déclaration commune signée par les cinq chefs d’État de la région, à Astana."].join("\n"));
  assert.deepEqual(a.removed.map((r) => r.line), [2, 3]);
  assert.deepEqual(a.blocks.map((b) => b.line), [4, 5]);
});

test("teaser cards closed by comment counters are removed even without an opener line", () => {
  const a = ingest([PARA, PARA2, "", "Législative partielle aux États-Unis : le sentiment anti-Trump", "Une élection spéciale au Tennessee a permis de combler un siège vacant.", "0 Commentaire7 minutes de lecture", "Hezbollah-Israël : une nouvelle guerre aux portes du Liban ?", "0 Commentaire5 minutes de lecture"].join("\n"));
  assert.deepEqual(a.blocks.map((b) => b.line), [2]);
  assert.ok(!a.blocks.some((b) => /Tennessee|Hezbollah/.test(b.text)));
});

test("short headline-shaped lines after the article's last paragraph are furniture", () => {
  const a = ingest([PARA, PARA2, "", "Les dossiers de la rédaction", "Nos partenaires"].join("\n"));
  assert.deepEqual(a.blocks.map((b) => b.line), [2]);
  assert.deepEqual(a.removed.filter((r) => /after the end/.test(r.reason)).map((r) => r.line), [4, 5]);
});

test("a line holding only no-break spaces is removed as a blank line", () => {
  const a = ingest([PARA, "\u00a0", PARA2].join("\n"));
  assert.deepEqual(a.removed.map((r) => r.line), [2]);
});

test("the editor's front matter title, date, lede and slug win and the text's own lede stays published", () => {
  const a = ingest(["---", "title: À Ashgabat, le Kazakhstan met la paix au premier plan", "date: 2025-12-11", "lede: Un chapeau d’éditeur.", "slug: ashgabat-paix", "---", PARA, PARA2].join("\n"));
  assert.deepEqual([a.title, a.titleSource, a.date, a.dateSource, a.lede, a.url], ["À Ashgabat, le Kazakhstan met la paix au premier plan", "frontmatter", "2025-12-11", "frontmatter", "Un chapeau d’éditeur.", "/2025/12/ashgabat-paix/"]);
  assert.deepEqual(a.blocks.map((b) => b.line), [7, 8]);
});

test("an undated article goes to /sans-date/ and a long title gives a slug of at most 80 characters cut at a word", () => {
  const a = ingest(["Le Kazakhstan et ses voisins d’Asie centrale cherchent ensemble une solution durable au partage des eaux de l’Amou-Daria", PARA].join("\n"));
  assert.match(a.url, /^\/sans-date\/[a-z0-9-]+\/$/);
  assert.ok(a.slug.length <= 80 && !a.slug.endsWith("-"), a.slug);
  assert.ok("le-kazakhstan-et-ses-voisins-d-asie-centrale-cherchent-ensemble-une-solution-durable-au-partage".startsWith(a.slug));
});

test("front matter tags resolve through the vocabulary's aliases; an unknown one becomes a theme with a warning on the tags line", () => {
  const text = ["---", "tags:", "  - Tokayev", "  - Diplomatie des steppes", "---", PARA, PARA2].join("\n");
  const r = ingestSeed({ source: "t.txt", name: "t.txt", bytes: new TextEncoder().encode(text) });
  assert.ok(r.article);
  assert.deepEqual(r.article.tags.map((t) => [t.kind, t.name]), [["person", "Kassym-Jomart Tokaïev"], ["theme", "Diplomatie des steppes"]]);
  assert.deepEqual(r.problems.map((p) => [p.line, p.severity]), [[2, "warning"]]);
  assert.match(r.problems[0].message, /Diplomatie des steppes/);
});

test("a 'Sources' line in the middle does not turn the article's later prose into references", () => {
  const long = `${PARA} ${PARA2} Le texte continue ici avec une troisième phrase bien française.`;
  const a = ingest([PARA, "Sources", "Dupont, J. (2020). Le Kazakhstan. Paris.", long].join("\n"));
  assert.deepEqual(a.blocks.map((b) => [b.line, b.type]), [[2, "heading"], [3, "bibliography"], [4, "paragraph"]]);
});

test("of two headline-shaped lines in the head, the one followed by the date line is the headline, not the site's name", () => {
  const a = ingest(["Le Journal de l’Asie centrale et du Caucase", "Accueil > Monde", "Astana et Tachkent signent un accord sur l’eau du Syr-Daria", "Publié le 4 mars 2024", PARA, PARA2].join("\n"));
  assert.deepEqual([a.titleLine, a.title], [3, "Astana et Tachkent signent un accord sur l’eau du Syr-Daria"]);
  assert.match(a.removed.find((r) => r.line === 1)?.reason ?? "", /section label/);
});

test("an 'À lire aussi' box above the article takes only its one link, not the headline below it", () => {
  const a = ingest(["À lire aussi", "Ouzbékistan : les réformes s’accélèrent à Tachkent", "Astana et Tachkent signent un accord sur l’eau du Syr-Daria", PARA, PARA2].join("\n"));
  assert.deepEqual([a.titleLine, a.ledeLine], [3, 4]);
  assert.deepEqual(a.removed.map((r) => r.line), [1, 2]);
});

test("a bare date line after the text has begun is not the publication date; 'Publié le' at the end is", () => {
  const a = ingest(["Astana et Tachkent signent un accord sur l’eau du Syr-Daria", PARA, PARA2, "Ouzbékistan : les réformes s’accélèrent", "3 mars 2019"].join("\n"));
  assert.equal(a.dateSource, "none");
  const b = ingest(["Astana et Tachkent signent un accord sur l’eau du Syr-Daria", PARA, PARA2, "Publié le 3 mars 2024"].join("\n"));
  assert.deepEqual([b.date, b.dateCertain], ["2024-03-03", true]);
});

test("hard-wrapped prose is read as paragraphs, not as headings", () => {
  const wrapped = ["Le président kazakh a présenté, lundi 8 septembre, devant les députés, un", "projet de réforme constitutionnelle qui supprimerait le Sénat. Le texte sera", "soumis à référendum."];
  assert.deepEqual(kinds([PARA, ...wrapped].join("\n")), ["lede", "paragraph", "paragraph", "paragraph"]);
  assert.deepEqual(kinds([PARA, "La réforme sera soumise au vote des", "électeurs kazakhs l’an prochain, selon le gouvernement."].join("\n")), ["lede", "paragraph", "paragraph"]);
});

test("a derived title leaves out the dateline of an agency dispatch", () => {
  assert.equal(deriveTitle("ALMATY, 4 mars 2024 (agence) – Le Kazakhstan et l’Ouzbékistan ont signé lundi un accord ferroviaire."), "Le Kazakhstan et l’Ouzbékistan ont signé lundi un accord ferroviaire");
});

test("a numbered line alone between paragraphs is a section heading; numbered lines in a run are list items", () => {
  assert.deepEqual(kinds([PARA, "1. Une diplomatie d’équilibre", PARA2, "II. Les limites du modèle", PARA3].join("\n")), ["lede", "heading", "paragraph", "heading", "paragraph"]);
  assert.deepEqual(kinds([PARA, "1. la neutralité", "2. l’équilibre", PARA2].join("\n")), ["lede", "list-item", "list-item", "paragraph"]);
  assert.deepEqual(kinds([PARA, "V. Poutine a reçu son homologue kazakh au Kremlin pour parler du gaz.", PARA2].join("\n")), ["lede", "paragraph", "paragraph"]);
});

test("ordinary text shaped like furniture stays text: e-mail lines in a story, a 'Réactions' heading, quotations said twice, 'Pour lire la suite', a live blog's entry, a closing portrait", () => {
  const T = "Le Kazakhstan et la Chine signent un accord";
  const published = (a: Article) => [a.title, a.lede, ...a.blocks.map((b) => b.text)].join("\n");
  const keeps = (lines: string[]) => {
    const a = ingest(lines.join("\n"));
    for (const l of lines) assert.ok(published(a).includes(l.trim()), `${JSON.stringify(l)} was removed: ${a.removed.find((r) => r.text === l)?.reason}`);
    return a;
  };
  keeps([T, PARA, "De : Direction de la presse", "À : Cabinet du ministre", "Objet : accord", PARA2]);
  keeps([T, PARA, "Réactions", "La Chine a salué l’accord, a déclaré le porte-parole du ministère.", PARA2]);
  const quoted = "« Nous voulons la paix et la coopération », a dit le ministre à la presse.";
  keeps([T, quoted, PARA2, "« Nous voulons la paix et la coopération », a répété le président devant les députés."]);
  keeps([T, PARA, "Pour lire la suite des événements, il faut remonter à 1991.", PARA2]);
  keeps(["Direct : le sommet d’Astana", PARA, "14:32 Le président arrive à Astana", PARA2]);
  keeps([T, PARA, "Citation : « Nous voulons la paix », disait-il.", PARA2]);
  keeps(["L’Arménie et le Kazakhstan", PARA, PARA2, "Nikol Pachinian est un ancien journaliste devenu Premier ministre en 2018."]);
  const headline = keeps(["Ce qui a changé depuis le 24 février 2022", PARA, PARA2]);
  assert.equal(headline.title, "Ce qui a changé depuis le 24 février 2022");
  const signed = keeps(["Déclaration conjointe du Kazakhstan et de la France", PARA, PARA2, "Fait à Paris, le 29 novembre 2024"]);
  assert.deepEqual([signed.date, signed.dateCertain], ["2024-11-29", true]);
});

test("a text-mode browser's dump: link numbers are cut and listed, its head links and closing list of links removed", () => {
  const a = ingest(["#[1]Le Courrier d’Eurasie » Flux", "", "   Union économique eurasiatique : le traité signé à Astana", "", `   ${PARA} Il prolonge l’[2]Union douanière.`, "", `   ${PARA2} L’adhésion à l’[3]OMC reste en suspens.`, "", "References", "", "   1. http://www.example.fr/feed/", "   2. http://www.example.fr/tag/union-douaniere/", "   3. http://www.example.fr/tag/omc/"].join("\n"));
  assert.equal(a.title, "Union économique eurasiatique : le traité signé à Astana");
  assert.match(a.lede, /Il prolonge l’Union douanière\.$/);
  assert.match(a.blocks[0].text, /l’adhésion à l’OMC|L’adhésion à l’OMC/);
  assert.deepEqual(a.removed.filter((r) => /link number/.test(r.reason)).map((r) => [r.line, r.text]), [[5, "[2]"], [7, "[3]"]]);
  assert.ok(a.removed.some((r) => r.line === 1 && /head in a text-mode browser/.test(r.reason)));
  assert.deepEqual(a.removed.filter((r) => /list of the page's links/.test(r.reason)).map((r) => r.line), [9, 11, 12, 13]);
  // A footnote's number after a word, "radiations [1].", is the text's own: kept.
  const notes = ingest(["Titre de la note sur le désarmement nucléaire", "", `${PARA} Les essais ont exposé les habitants aux radiations [1]. Ils ont cessé [2], puis [3] repris.`].join("\n"));
  assert.match(notes.lede, /radiations \[1\]\. Ils ont cessé \[2\], puis \[3\] repris\./);
});

test("the Wayback Machine's banner is removed down to its TIMESTAMPS, and the page read under it", () => {
  const a = ingest(["The Wayback Machine - https://web.archive.org/web/20170615083412/http://www.journal.example/ocs.html", "", "INTERNET ARCHIVE", "Wayback Machine", "14 captures", "About this capture", "COLLECTED BY", "Organization: Archive Team", "TIMESTAMPS", "", "À Astana, l'OCS s'élargit à l'Inde et au Pakistan", "", "Par Thomas Leroy | 09/06/2017 à 17:52", "", PARA].join("\n"));
  assert.equal(a.title, "À Astana, l'OCS s'élargit à l'Inde et au Pakistan");
  assert.equal(a.date, "2017-06-09");
  assert.deepEqual(a.removed.filter((r) => /Wayback/.test(r.reason)).map((r) => r.line), [1, 3, 4, 5, 6, 7, 8, 9]);
});

test("a short line in a script French is not written in is a language switcher's link, not the headline", () => {
  const a = ingest(["中文", "العربية", "Қазақша", "", "Tokaïev et Macron ont eu un entretien téléphonique sur l’eau", "", PARA].join("\n"));
  assert.equal(a.title, "Tokaïev et Macron ont eu un entretien téléphonique sur l’eau");
  assert.deepEqual(a.removed.filter((r) => /language switcher/.test(r.reason)).map((r) => r.line), [1, 2, 3]);
});

test("a thread's author over the account's handle credits the first post; later copies and the handles go", () => {
  const a = ingest(["Ambassade du Kazakhstan en France", "@KZEmbassyFR", `1/3 ${PARA}`, "3 h", "Ambassade du Kazakhstan en France", "@KZEmbassyFR", `2/3 ${PARA2}`, "12,4 k", "vues"].join("\n"));
  assert.deepEqual(a.blocks.filter((b) => b.type === "credit").map((b) => b.line), [1]);
  assert.deepEqual(a.removed.filter((r) => r.text.trim() !== "").map((r) => r.line), [2, 4, 5, 6, 8, 9]);
});

test("an explainer's questions are its headings; an interview's, put to someone or on a page that says so, are its text", () => {
  const explainer = ["Kazakhstan : ce que l’on sait de l’accord sur l’eau", "", PARA, "", "Qu’est-ce que l’accord prévoit ?", "", PARA2, "", "Pourquoi maintenant ?", "", PARA3, "", "Qui paiera les travaux ?", "", "La Banque asiatique de développement financera la moitié des canaux, le reste viendra des budgets nationaux."];
  assert.deepEqual(ingest(explainer.join("\n")).blocks.filter((b) => b.type === "heading").map((b) => b.line), [5, 9, 13]);
  // One question says "vous": the three are an interview's questions.
  const asked = explainer.map((l) => (l === "Pourquoi maintenant ?" ? "Pourquoi signez-vous maintenant ?" : l));
  assert.deepEqual(ingest(asked.join("\n")).blocks.filter((b) => b.type === "heading").map((b) => b.line), []);
  // Two questions, without "vous", on a page that says it is an interview ("Propos recueillis par").
  const labelled = ["Kazakhstan : « L’eau est notre priorité »", "", "Propos recueillis par Anne Martin", "", PARA, "", "Qu’est-ce que l’accord prévoit ?", "", PARA2, "", "Qui paiera les travaux ?", "", PARA3];
  assert.deepEqual(ingest(labelled.join("\n")).blocks.filter((b) => b.type === "heading").map((b) => b.line), []);
});

test("a title or an initial's full stop is not a sentence break: 'M. Mourat Nourtleou' in a headline keeps it one", () => {
  const a = ingest(["France Diplomatie - Ministère des Affaires étrangères", "Accueil", "", "Entretien de Mme Catherine Colonna avec son homologue, M. Mourat Nourtleou (14 décembre 2023)", "", PARA, "", PARA2].join("\n"));
  assert.equal(a.titleLine, 4);
  // The day in brackets ending the headline stays in it, and dates the page.
  assert.match(a.title, /\(14 décembre 2023\)$/);
  assert.deepEqual([a.date, a.dateCertain], ["2023-12-14", true]);
});

test("a dispatch's closing paragraph over the agencies' signature 'ATS/AFP' is text, not a photo's caption", () => {
  const a = ingest(["Le Kazakhstan signe un accord sur l’eau avec ses voisins", "", PARA, PARA2, "M. Cassis doit rejoindre mercredi Bichkek, où il parlera d’un projet sur l’eau.", "ATS/AFP"].join("\n"));
  assert.deepEqual(a.blocks.map((b) => [b.line, b.type]), [[4, "paragraph"], [5, "paragraph"], [6, "credit"]]);
});

test("a social network's page: its buttons, counters and comments go, the post's author over its stamp is credited", () => {
  const a = ingest(["Ambassade du Kazakhstan en France", "3 septembre 2023 ·", "", "🇰🇿 Message du Chef de l’État : ce qu’il faut retenir 🇰🇿", "", PARA, "… Afficher la suite", PARA2, "", "+9", "Vous et 245 autres personnes", "38 commentaires", "J’aime Commenter Partager", "", "Les plus pertinents", "", "Jean-Marc Rivière", "Très intéressant, merci pour ce résumé.", "4 mois", "J’aime", "Répondre", "Écrivez un commentaire…"].join("\n"));
  assert.equal(a.title, "Message du Chef de l’État : ce qu’il faut retenir");
  assert.deepEqual([a.date, a.blocks.find((b) => b.type === "credit")?.line], ["2023-09-03", 1]);
  assert.deepEqual(a.removed.filter((r) => r.reason === "emoji around the headline").map((r) => r.text.trim()), ["🇰🇿", "🇰🇿"]);
  // Nothing after the text is published: the counters, the buttons, the comments and their author.
  assert.ok(a.blocks.every((b) => b.line <= 8), JSON.stringify(a.blocks));
});

test("a list copied without its bullets, under a line ending in ':', is a list: lines in lower case ending in ';'", () => {
  const a = ingest(["Le Kazakhstan et sa doctrine", "", PARA, "", "Un diplomate résumait la doctrine en trois propositions :", "ne jamais rompre avec Moscou ;", "ne jamais dépendre de Pékin ;", "ne rien demander à Washington.", "", PARA2].join("\n"));
  assert.deepEqual(a.blocks.filter((b) => b.type === "list-item").map((b) => b.line), [6, 7, 8]);
  // Without the colon above, lines in lower case are not a list.
  const b = ingest(["Le Kazakhstan et sa doctrine", "", PARA, "", "Un diplomate résumait la doctrine.", "ne jamais rompre avec Moscou ;", "ne jamais dépendre de Pékin ;", "", PARA2].join("\n"));
  assert.deepEqual(b.blocks.filter((x) => x.type === "list-item").map((x) => x.line), []);
});

test("notes numbered on lines of their own, and a '(1)' note called in the text, are filed with the sources", () => {
  // Each note is called in the text by its number glued to a word: "ministres1.", "Astana2.".
  const a = ingest(["Astana, capitale de la médiation ?", "", "Les chefs de la diplomatie se sont réunis à Almaty, a confirmé le ministère1.", "", "Le président l’a redit devant les ambassadeurs à Astana2.", "", "1", "Communiqué du ministère des Affaires étrangères, 9 mai 2024.", "2", "Voir son intervention à Astana, le 22 janvier 2024."].join("\n"));
  assert.deepEqual(a.blocks.filter((b) => b.type === "bibliography").map((b) => b.line), [8, 10]);
  assert.deepEqual(a.removed.filter((r) => /number of the note/.test(r.reason)).map((r) => r.line), [7, 9]);
  // Without the calls, numbers on lines of their own number the text's own points (see lookalikes.test.ts).
  const plain = ingest(["Astana, capitale de la médiation ?", "", PARA, "", PARA2, "", "1", "Communiqué du ministère des Affaires étrangères, 9 mai 2024.", "2", "Voir son intervention à Astana, le 22 janvier 2024."].join("\n"));
  assert.deepEqual(plain.blocks.filter((b) => b.type === "bibliography").map((b) => b.line), []);
  const b = ingest(["Le traité sur la Caspienne", "", `${PARA} Il est entré en vigueur (1).`, "", PARA2, "", "(1) Le présent accord est entré en vigueur le 1er mars 2024."].join("\n"));
  assert.deepEqual(b.blocks.filter((x) => x.type === "bibliography").map((x) => x.line), [7]);
});

test("an official text: its title however long, without its note's call; its signatories credited, and tagged", () => {
  const title = "Décret n° 2024-412 du 6 mai 2024 portant publication de l'accord entre le Gouvernement de la République française et le Gouvernement de la République du Kazakhstan relatif à l'emploi des membres des familles des agents des missions officielles";
  const a = ingest(["Légifrance", "Le service public de la diffusion du droit", "", `${title} (1)`, "", "Le Président de la République,", "Décrète :", "", "Article 1", "", PARA, "", "Fait à Paris, le 6 mai 2024.", "", "Emmanuel Macron", "Par le Président de la République :", "", "Le Premier ministre,", "Gabriel Attal", "", "(1) Le présent accord est entré en vigueur le 1er mars 2024."].join("\n"));
  assert.equal(a.title, title);
  assert.deepEqual(a.removed.filter((r) => /call of a note/.test(r.reason)).map((r) => r.text.trim()), ["(1)"]);
  assert.deepEqual(a.blocks.filter((b) => b.type === "credit").map((b) => b.line), [13, 15, 16, 18, 19]);
  assert.ok(a.tags.some((t) => t.name === "Emmanuel Macron"));
});

test("a transcript's speakers are credits, and count for the tags; a byline does not", () => {
  const a = ingest(["Convention d’entraide judiciaire avec le Kazakhstan", "", PARA, "", "M. le président.", "La parole est à M. le ministre.", "M. Olivier Becht, ministre délégué chargé du commerce extérieur.", PARA2, "M. le président.", "La discussion générale est close."].join("\n"));
  assert.deepEqual(a.blocks.filter((b) => b.type === "credit").map((b) => b.line), [5, 7, 9]);
  assert.ok(a.tags.some((t) => t.name === "Olivier Becht"));
});

test("a headline over its longer subtitle, a town before a regional headline, a pull quote printed again", () => {
  const a = ingest(["Le Kazakhstan, puissance moyenne malgré lui", "Pourquoi Astana refuse de choisir entre Moscou, Pékin et l’Occident", "Antoine Besson", "", PARA, "", PARA2].join("\n"));
  assert.deepEqual([a.title, a.ledeLine, a.blocks[0]?.type], ["Le Kazakhstan, puissance moyenne malgré lui", 2, "credit"]);
  const b = ingest(["Pierrelatte. Le chef de la diplomatie kazakhe en visite au Tricastin", "Par Claire Morel · 04/07/2023 à 18:30", "", PARA].join("\n"));
  assert.equal(b.title, "Pierrelatte. Le chef de la diplomatie kazakhe en visite au Tricastin");
  const c = ingest(["Le Kazakhstan et sa doctrine", "", PARA, "", `${PARA2} ${PARA3}`, "", PARA2].join("\n"));
  assert.match(c.removed.find((r) => r.line === 7)?.reason ?? "", /pull quote/);
});

test("a page without blank lines: the article resumes right under an 'À lire aussi' link; a tool's English date field dates it", () => {
  const a = ingest(["Macron au Kazakhstan : uranium et terres rares", "Par La rédaction avec AFP", PARA, "À lire aussi", "Uranium : Orano assure que les livraisons ne sont pas menacées", `${PARA2} ${PARA3}`, "« Le vassal de personne »", `${PARA3} Il l’a redit jeudi devant la presse.`, "Pub", PARA.replace("Astana", "Almaty")].join("\n"));
  assert.deepEqual(a.blocks.filter((b) => b.type === "paragraph" || b.type === "heading").map((b) => b.line), [6, 7, 8, 10]);
  assert.deepEqual(a.removed.filter((r) => r.text.trim() !== "").map((r) => r.line), [4, 5, 9]);
  // A teaser's summary, one sentence under its title, goes with it; the article resumes after.
  const summary = ingest(["Macron au Kazakhstan : uranium et terres rares", "Par La rédaction avec AFP", PARA, "À lire aussi", "Uranium : Orano assure que les livraisons ne sont pas menacées", "Le groupe français rassure ses clients après le coup d’État au Niger, qui fournit une part de son uranium.", "", PARA2].join("\n"));
  assert.deepEqual(summary.removed.filter((r) => r.text.trim() !== "").map((r) => r.line), [4, 5, 6]);
  const pocket = ingest(["# Le Kazakhstan entre deux mondes", "", "**Date :** March 14, 2023", "**Enregistré le :** March 18, 2023", "", PARA].join("\n"));
  assert.deepEqual([pocket.date, pocket.dateCertain], ["2023-03-14", true]);
  assert.ok(pocket.removed.some((r) => r.line === 4 && /clipping tool/.test(r.reason)), JSON.stringify(pocket.removed));
});

test("a site's name in lower case, a label 'Édition :', 'Auteur' over a name and links within the page stay out of the text", () => {
  const a = ingest(["euronews", "Dernières infos", "Monde", "", "Édition :", "Français", "", "Un an après l’invasion, le Kazakhstan cherche à desserrer l’étreinte russe", "Publié: 23 février 2023, 19:38 CET", "", "Auteur", "Camille Arnaud-Lefort", "Maîtresse de conférences en science politique, Université de Lille", "", "↓ Turkménistan : la neutralité permanente à l’épreuve du gaz", "", PARA, "", PARA2].join("\n"));
  assert.deepEqual([a.titleLine, a.date, a.ledeLine], [8, "2023-02-23", 17]);
  assert.deepEqual(a.blocks.filter((b) => b.type === "credit").map((b) => b.line), [12, 13]);
  assert.ok([1, 5, 11, 15].every((l) => a.removed.some((r) => r.line === l)), JSON.stringify(a.removed));
});

test("a count of comments in figures without a space, '1238 commentaires', opens the readers' comments as '12 commentaires' does", () => {
  for (const count of ["1238 commentaires", "12 commentaires"]) {
    const a = ingest(["Le Kazakhstan et ses voisins signent un accord sur l’eau", "", PARA, "", PARA2, "", count, "Théo_L2 — 3 février 2025 à 21:14", "Merci pour cet article très complet sur le partage des fleuves de la région."].join("\n"));
    assert.deepEqual(a.blocks.map((b) => b.line), [5], count);
    assert.match(a.removed.find((r) => r.line === 9)?.reason ?? "", /reader comments/u, count);
  }
});

test("days amid the text head a programme's or a chronology's entries; the page's stamp, cards' and comments' stay out", () => {
  const programme = ingest([
    "Le Kazakhstan accueille un forum régional sur la sécurité à Astana",
    "",
    "Publié le 2 mai 2024",
    "",
    PARA,
    "",
    "Le programme du forum",
    "",
    "Lundi 13 mai 2024",
    "",
    PARA2,
    "",
    "Mardi 14 mai 2024 à 10 h 30",
    "",
    PARA3,
  ].join("\n"));
  const at = (a: Article, line: number) => a.blocks.find((b) => b.line === line)?.type ?? a.removed.find((r) => r.line === line)?.reason;
  assert.deepEqual([at(programme, 9), at(programme, 13)], ["heading", "heading"]);
  // The page's own stamp still dates it, and days to come in a programme do not make it doubtful.
  assert.deepEqual([programme.date, programme.dateCertain], ["2024-05-02", true]);
  // One day alone amid the text may be a stamp left over: it stays out.
  const one = ingest(["Un forum régional sur la sécurité s'ouvre à Astana cette semaine", "", PARA, "", PARA3, "", "13 mai 2024", "", PARA2].join("\n"));
  assert.match(at(one, 7) ?? "", /date line/);
  // Cards of other articles, each its headline, its day, its summary: the days are their stamps.
  const cards = ingest([
    "Notre dossier spécial sur la présidence kazakhe de l'organisation",
    "",
    PARA,
    "",
    "Le sommet d'Astana s'achève sans l'Arménie ni accord",
    "14 novembre 2024",
    PARA2,
    "",
    "Tokaïev reçoit le secrétaire général avant le sommet",
    "9 septembre 2024",
    PARA3,
  ].join("\n"));
  assert.deepEqual([at(cards, 6), at(cards, 10)].map((r) => /date line/.test(r ?? "")), [true, true]);
  // A chronology's days, one over each event, between paragraphs.
  const chronology = ingest(["Le processus d'Astana tire sa révérence après vingt et une sessions", "", PARA, "", PARA2, "", "23-01-2017", "", "Première réunion à l'hôtel Rixos, en présence des délégations.", "", "21-06-2023", "", "Dernière session, close sans déclaration commune sur l'avenir du format.", "", PARA3].join("\n"));
  assert.deepEqual([at(chronology, 7), at(chronology, 11)], ["heading", "heading"]);
});

test("the quick scan for another script's letter lets through every letter the test of scripts finds", () => {
  // The scan is a shortcut: a letter it missed would leave a line in Cyrillic or Chinese read as French.
  const missed: string[] = [];
  let found = 0;
  for (let c = 0; c <= 0x10ffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCodePoint(c);
    if (!OTHER_SCRIPT_LETTER_RE.test(ch)) continue;
    found++;
    if (!MAY_HOLD_OTHER_SCRIPT_RE.test(ch)) missed.push(c.toString(16));
  }
  assert.ok(found > 100000, `${found} letters of other scripts`);
  assert.deepEqual(missed, []);
  // And it spares French: its accents, apostrophes, dashes, guillemets and the euro sign.
  assert.equal(MAY_HOLD_OTHER_SCRIPT_RE.test("L’été à Noël : « Œuvre » — 5 € ; naïve façon…"), false);
});

test("a title derived from a phrase of little words keeps it whole: 'À la une' gives no one-letter title", () => {
  assert.equal(deriveTitle("À la une"), "À la une");
  // A dangling little word still goes when a statement is left: "… a signé avec le" ends on "signé".
  assert.equal(deriveTitle("Le Kazakhstan a signé avec le"), "Le Kazakhstan a signé");
});
