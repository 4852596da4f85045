"""Hedge-laying competition judging assistant: the first design, before any security review.

A county hedge-laying society runs a few competitions a year, each with classes
(novice, open, Midland style, South of England style). Competitors enter through a
form on the society's judging web app. On the day, judges walk the plots and use
their own phones to photograph each finished length and type notes against the
society's judging rubric. A scoring assistant sends the rubric, the notes and the
photos to a hosted vision LLM, which drafts a score per criterion with a short
comment; the judge for the class confirms or changes every score before it counts.
After judging, the assistant drafts the results sheet and prize list for the society
secretary, who corrects it, publishes it on the society website and e-mails it to
competitors through a mailing service. The app and its data sit on a small managed
host. Controls: e-mail and password sign-in for judges and the secretary, HTTPS on
every link, judge confirmation of scores, and the host's daily database backups.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Hedge-laying competition judging assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drafts hedge-laying competition scores from judges' photos and notes, "
    "and the results sheet for the society secretary.",
)

# ---------------------------------------------------------------- data assets
entries = tg.Data(
    "Competition entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Competitor name, address, phone, e-mail, class and plot number.",
)
hedge_photos = tg.Data(
    "Hedge photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photos of each plot's laid hedge; the competitor is sometimes in shot.",
)
judge_notes = tg.Data(
    "Judges' notes",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Free-text notes per plot against each rubric criterion, by plot number.",
)
rubric = tg.Data(
    "Judging rubric",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Criteria and marks per class: pleachers, stakes, binding, cleanliness.",
)
scoring_prompt = tg.Data(
    "Scoring prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Rubric, the judge's notes and the plot's photos.",
)
draft_scores = tg.Data(
    "Draft scores and comments",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
)
confirmed_scores = tg.Data(
    "Confirmed scores",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="The judge's final marks per criterion, until results are published.",
)
results_prompt = tg.Data(
    "Results drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Confirmed scores with competitor names and classes.",
)
draft_results = tg.Data(
    "Draft results sheet",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Placings per class, prize list and a short commentary.",
)
final_results = tg.Data(
    "Final results",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The secretary's corrected results, with competitor names, for publication.",
)
results_email = tg.Data("Results e-mail", kind="documents", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can enter a class through the public entry form.
    competitor = tm.add(tg.Actor("Competitor", role="competitor"))
    # Volunteer judges, out at the competition field on mobile data.
    judge = tm.add(tg.Actor("Judge", role="judge"))
    # The judges' own phones: camera and browser, not managed by the society.
    phone = tm.add(
        tg.Device("Judge's phone", description="Personal smartphone with the web app in a browser.")
    )
    # Volunteer officer who runs entries and results, working from home.
    secretary = tm.add(tg.Actor("Society secretary", role="society secretary", privileged=True))

with tm.boundary("Society app host", trust=tg.Trust.INTERNAL):
    # Entry form, judges' scoring pages and the secretary's results pages.
    web_app = tm.add(
        tg.Endpoint(
            "Judging web app",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Django app on a managed host; the entry form needs no sign-in.",
            controls={c.Authentication(method="e-mail and password for judges and secretary")},
        )
    )
    # Builds the prompts, calls the LLM and stores its drafts.
    assistant = tm.add(
        tg.Service(
            "Scoring assistant",
            description="Drafts per-plot scores, then the results sheet once judging closes.",
            controls={c.HumanInTheLoop(approver="the judge for the class confirms each score")},
        )
    )
    # Entries, scores, drafts and results for every competition.
    comp_db = tm.add(
        tg.DataStore(
            "Competition database",
            stores={
                entries,
                judge_notes,
                draft_scores,
                confirmed_scores,
                draft_results,
                final_results,
            },
            controls={c.DataVersioning(note="host's daily backups, kept 7 days")},
        )
    )
    # Uploaded plot photos.
    photo_store = tm.add(tg.DataStore("Photo storage", stores={hedge_photos}))
    # The society's rubric per class, edited by the secretary.
    rubric_store = tm.add(tg.DataStore("Judging rubric store", stores={rubric}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose multimodal model reached by API key.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Reads photos and notes; drafts scores and results text.",
        )
    )

with tm.boundary("Mailing provider", trust=tg.Trust.PARTNER):
    # Bulk e-mail service the society already uses for its newsletter.
    mailer = tm.add(tg.ExternalService("Mailing service"))

with tm.boundary("Website host", trust=tg.Trust.PARTNER):
    # The society's public website, where results are posted.
    website = tm.add(tg.Service("Society website", description="Hosted WordPress site."))

# ---------------------------------------------------------------- flows
# Entries.
tm.flow(competitor, web_app, entries, protocol="https")
tm.flow(web_app, comp_db, entries)

# Judging on the day.
tm.flow(judge, phone, hedge_photos, judge_notes, confirmed_scores, label="at the plot")
tm.flow(phone, web_app, hedge_photos, judge_notes, confirmed_scores, protocol="https")
tm.flow(web_app, photo_store, hedge_photos)
tm.flow(web_app, comp_db, judge_notes, confirmed_scores)
tm.flow(web_app, assistant, judge_notes, label="score this plot")
tm.flow(photo_store, assistant, hedge_photos)
tm.flow(rubric_store, assistant, rubric)
tm.flow(assistant, llm, scoring_prompt, protocol="https")
tm.flow(llm, assistant, draft_scores, protocol="https")
tm.flow(assistant, comp_db, draft_scores)
tm.flow(comp_db, web_app, draft_scores, draft_results, entries, confirmed_scores)
tm.flow(web_app, phone, draft_scores, protocol="https")
tm.flow(phone, judge, draft_scores)

# Results.
tm.flow(comp_db, assistant, entries, confirmed_scores, label="when judging closes")
tm.flow(assistant, llm, results_prompt, protocol="https")
tm.flow(llm, assistant, draft_results, protocol="https")
tm.flow(assistant, comp_db, draft_results)
tm.flow(web_app, secretary, draft_results, entries, protocol="https")
tm.flow(secretary, web_app, final_results, rubric, protocol="https")
tm.flow(web_app, comp_db, final_results)
tm.flow(web_app, rubric_store, rubric)
tm.flow(secretary, website, final_results, protocol="https", label="posts results")
tm.flow(web_app, mailer, results_email, protocol="https")
tm.flow(mailer, competitor, results_email, protocol="smtp")
