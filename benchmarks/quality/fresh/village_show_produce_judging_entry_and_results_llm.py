"""Village show entries, judging and results booklet: the first design, before any security review.

The village horticultural society runs one show a year. Exhibitors, including
children in the junior classes, enter classes (vegetables, flowers, baking,
crafts) on a form on the show website; entry fees are paid in cash on the day.
On show day the judges work in the marquee on society-owned tablets, each
signing in with their own PIN, and record first, second, third and highly
commended plus a short comment against exhibit numbers only. Placings sync to
the website over a mobile hotspot. Afterwards a booklet generator joins the
placings to the entries and asks a hosted LLM to write the results booklet and
prize-winner announcements; the show secretary reads and edits every draft in
the admin pages (e-mail and password sign-in) before publishing it on the
public results page. Everything runs on the society's shared web hosting.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Village show entries and results",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Online class entries, tablet judging and an LLM-written results booklet.",
)

# ---------------------------------------------------------------- data assets
entries = tg.Data(
    "Class entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Exhibitor name, address, e-mail, phone, junior's age, classes and variety names.",
)
confirmation = tg.Data("Entry confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
judging_sheet = tg.Data(
    "Class judging sheet",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Classes and exhibit numbers, without exhibitors' names.",
)
placings = tg.Data(
    "Placings and judges' comments",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
generation_request = tg.Data("Booklet generation request", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data("Booklet prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
completion = tg.Data("LLM booklet text", kind="model-output", sensitivity=tg.Sensitivity.PII)
drafts = tg.Data(
    "Draft booklet and announcements", kind="model-output", sensitivity=tg.Sensitivity.PII
)
published = tg.Data(
    "Published results booklet",
    kind="documents",
    sensitivity=tg.Sensitivity.PUBLIC,
    description="Winners' names and villages, trophies and prize-winner announcements.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Anyone can enter the show; parents enter for their children.
    exhibitor = tm.add(tg.Actor("Exhibitor", role="exhibitor"))
    # Villagers and exhibitors reading the results.
    visitor = tm.add(tg.Actor("Website visitor", role="public"))

with tm.boundary("Show committee", trust=tg.Trust.INTERNAL):
    # Volunteer who manages entries and publishes the results, from a home laptop.
    secretary = tm.add(tg.Actor("Show secretary", role="show secretary", privileged=True))

with tm.boundary("Show marquee", trust=tg.Trust.INTERNAL):
    # Volunteer judges invited from neighbouring societies.
    judge = tm.add(tg.Actor("Judge", role="judge"))
    # Society-owned tablets with the judging web app, on a mobile hotspot.
    tablet = tm.add(
        tg.Device(
            "Judging tablet",
            fleet=True,
            controls={c.Authentication(method="judge's own PIN on a society-owned tablet")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Hosted model that writes the booklet prose.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Society web hosting", trust=tg.Trust.INTERNAL):
    # Public entry form on the show website.
    entry_form = tm.add(
        tg.Endpoint(
            "Online entry form",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.InputValidation(note="required fields and class numbers checked")},
        )
    )
    # Every entry, by exhibitor and class.
    entries_db = tm.add(tg.DataStore("Entries database", stores={entries}))
    # Receives placings from the tablets and serves them their class sheets.
    placings_api = tm.add(tg.Endpoint("Judging API", purpose=tg.EndpointPurpose.API))
    # Placings and comments as the judges recorded them.
    results_db = tm.add(tg.DataStore("Results database", stores={placings}))
    # Joins placings to entries, builds the prompt and stores the drafts.
    generator = tm.add(tg.Service("Booklet generator"))
    # Drafts waiting for the secretary.
    draft_store = tm.add(tg.DataStore("Draft booklet store", stores={drafts}))
    # Admin pages for entries, drafts and publishing.
    admin = tm.add(
        tg.Endpoint(
            "Admin pages",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.HumanInTheLoop(
                    approver="the show secretary",
                    note="every draft is read and edited before it is published",
                ),
            },
        )
    )
    # Public results page on the show website.
    results_page = tm.add(
        tg.Endpoint("Public results page", purpose=tg.EndpointPurpose.API, internet_facing=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(exhibitor, entry_form, entries, protocol="https")
tm.flow(entry_form, exhibitor, confirmation, protocol="https")
tm.flow(entry_form, entries_db, entries)

tm.flow(secretary, admin, entries, protocol="https", label="corrects entries")
tm.flow(admin, secretary, entries, protocol="https", label="entry lists")
tm.flow(admin, entries_db, entries)
tm.flow(entries_db, admin, entries)

tm.flow(entries_db, placings_api, judging_sheet, label="exhibit numbers per class")
tm.flow(placings_api, tablet, judging_sheet, protocol="https")
tm.flow(tablet, judge, judging_sheet)
tm.flow(judge, tablet, placings)
tm.flow(tablet, placings_api, placings, protocol="https")
tm.flow(placings_api, results_db, placings)

tm.flow(secretary, admin, generation_request, protocol="https", label="generate booklet")
tm.flow(admin, generator, generation_request)
tm.flow(results_db, generator, placings)
tm.flow(entries_db, generator, entries)
tm.flow(generator, llm, prompt, protocol="https")
tm.flow(llm, generator, completion, protocol="https")
tm.flow(generator, draft_store, drafts)

tm.flow(draft_store, admin, drafts)
tm.flow(admin, secretary, drafts, protocol="https")
tm.flow(secretary, admin, published, protocol="https", label="edits and publishes")
tm.flow(admin, results_page, published)
tm.flow(results_page, visitor, published, protocol="https")
