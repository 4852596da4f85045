"""Court report drafting assistant for a local newspaper: the first design.

Our court reporters sit in the magistrates' and crown courts, type their notes on
their laptops and upload them to a small drafting web app that we run in our own
cloud account. The reporter picks the hearing from the day's court list, which a
nightly job imports from a subscription court-listing service. The drafting service
combines the notes, the court list entry and our house style into a prompt for an
LLM hosted by a vendor, and saves the draft. The draft is shown to the reporter and
pushed into our CMS as a post waiting for review. A duty editor checks each draft
against the newsdesk's register of reporting restrictions (anonymity orders, youth
court and postponement orders) before publishing it on the website.
Reporters sign in to the app with Google Workspace SSO and 2-step verification.
Only editors can publish in the CMS. The LLM vendor was chosen under enterprise terms
with no training on our data. Notes and drafts are encrypted at rest by the cloud provider.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Local newspaper court report drafting",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "An LLM drafts court reports from reporters' notes and court lists; editors "
        "check them against reporting restrictions before publication."
    ),
)

# ---------------------------------------------------------------- data assets
notes = tg.Data(
    "Reporter's court notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Names of defendants, witnesses and sometimes complainants, evidence, pleas, sentences.",
)
court_list = tg.Data(
    "Court list entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Defendant name, age, address, charges, court and hearing time.",
)
prompt = tg.Data(
    "Drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="House style instructions, the court list entry and the reporter's notes.",
)
draft = tg.Data(
    "Draft court report",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="low"),
)
restrictions = tg.Data(
    "Reporting restriction orders",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Case, type of order and the people it protects (children, complainants).",
)
edits = tg.Data(
    "Editor's edits and publish decision", kind="records", sensitivity=tg.Sensitivity.PII
)
published = tg.Data("Published court report", kind="documents", sensitivity=tg.Sensitivity.PUBLIC)
page_request = tg.Data("Page request", sensitivity=tg.Sensitivity.PUBLIC)
draft_logs = tg.Data(
    "Drafting request logs",
    kind="logs",
    sensitivity=tg.Sensitivity.PII,
    description="Prompts and completions kept for debugging the drafting service.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members of the public reading the website.
    reader = tm.add(tg.Actor("Reader", role="reader"))

with tm.boundary("Courts and field", trust=tg.Trust.UNTRUSTED):
    # Staff reporters working from court press benches on court or mobile wifi.
    reporter = tm.add(tg.Actor("Court reporter", role="reporter"))

with tm.boundary("Newsroom office", trust=tg.Trust.INTERNAL):
    # The duty editor who checks each draft and decides whether it is published.
    editor = tm.add(tg.Actor("Duty editor", role="editor", privileged=True))
    # The newsdesk's shared spreadsheet of orders heard of in court; the editor checks drafts against it.
    register = tm.add(
        tg.DataStore(
            "Reporting restrictions register",
            stores={restrictions},
            description="Shared spreadsheet on the newsdesk drive, kept up to date by editors.",
        )
    )

with tm.boundary("Court listing service", trust=tg.Trust.PARTNER):
    # Subscription service that publishes the daily lists of the courts we cover.
    listing = tm.add(
        tg.DataSource(
            "Court list feed",
            origin=tg.Origin.VENDOR,
            provides={court_list},
            description="Daily and next-day lists for the local magistrates' and crown courts.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model that writes the draft report.
    llm = tm.add(
        tg.LLM(
            "Hosted drafting LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose chat model behind the vendor's API.",
            controls={c.SupplierAssessment(note="enterprise terms: no training on our prompts")},
        )
    )

with tm.boundary("CMS host", trust=tg.Trust.PARTNER):
    # The hosted CMS where stories are edited and published.
    cms = tm.add(
        tg.Service(
            "Newsroom CMS",
            description="Hosted WordPress; drafts arrive as posts pending review.",
            controls={
                c.Authentication(method="username and password"),
                c.RBAC(note="contributor accounts cannot publish; only the editor role can"),
                c.HumanInTheLoop(approver="the duty editor"),
            },
        )
    )
    # The public news website the CMS publishes to.
    website = tm.add(tg.Endpoint("News website", purpose=tg.EndpointPurpose.API))

with tm.boundary("Newspaper cloud account", trust=tg.Trust.INTERNAL):
    # Where reporters upload notes, choose the hearing and read the draft.
    app = tm.add(
        tg.Endpoint(
            "Drafting web app",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Google Workspace SSO with 2-step verification")},
        )
    )
    # Builds the prompt, calls the LLM, saves the draft and pushes it to the CMS.
    drafter = tm.add(tg.Service("Drafting service"))
    # Keeps the notes each reporter uploaded and the drafts made from them.
    notes_store = tm.add(
        tg.DataStore(
            "Notes and drafts store",
            stores={notes, draft},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Pulls the next day's court lists every night.
    importer = tm.add(tg.Service("Nightly court list import job"))
    # The imported lists reporters pick hearings from.
    list_store = tm.add(tg.DataStore("Court list store", stores={court_list}))
    # Request and response logs of the drafting service.
    log_store = tm.add(tg.DataStore("Drafting log store", stores={draft_logs}))

# ---------------------------------------------------------------- flows
tm.flow(listing, importer, court_list, protocol="https")
tm.flow(importer, list_store, court_list)

tm.flow(reporter, app, notes, protocol="https", label="uploads notes, picks hearing")
tm.flow(app, drafter, notes)
tm.flow(list_store, drafter, court_list, label="selected hearing")
tm.flow(drafter, notes_store, notes, draft)
tm.flow(notes_store, drafter, notes, draft, label="re-draft")
tm.flow(drafter, llm, prompt, protocol="https")
tm.flow(llm, drafter, draft, protocol="https")
tm.flow(drafter, log_store, draft_logs)
tm.flow(drafter, app, draft)
tm.flow(app, reporter, draft, protocol="https")

tm.flow(drafter, cms, draft, protocol="https", label="created as post pending review")
tm.flow(cms, editor, draft, protocol="https")
tm.flow(register, editor, restrictions, protocol="https", label="checks the draft against")
tm.flow(editor, register, restrictions, protocol="https", label="records new orders")
tm.flow(editor, cms, edits, protocol="https")
tm.flow(cms, website, published)
tm.flow(reader, website, page_request, protocol="https")
tm.flow(website, reader, published, protocol="https")
