"""Honey batch label and traceability assistant: the first design, before any security review.

Our allotment beekeeping association sells members' honey in its shop and shows it at
the annual honey show. Members record hive inspections, varroa treatments and
extractions in the members' portal, or upload photos of their paper logbooks. For each
extraction ready for sale, the honey shop coordinator asks the drafting assistant for a
batch: it gathers the logs, hive records and photos with our label templates and honey
labelling rules, and a hosted LLM drafts the jar label and the traceability record.
Drafts go to the batch register; the coordinator approves each before labels are
printed on the shop printer, and the show secretary takes batch numbers for entries.
The portal runs on a small hosted platform with e-mail and password sign-in, member
and committee roles and its database encrypted at rest. Members' data: UK GDPR.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Honey batch label and traceability assistant",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Drafts honey jar labels and batch traceability records from members' logs.",
)

# ---------------------------------------------------------------- data assets
extraction_log = tg.Data(
    "Extraction log",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    description="Member, apiary plot, date, supers extracted, weight and moisture reading.",
)
hive_records = tg.Data(
    "Hive and treatment records",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Inspections and varroa treatments with dates, which set when honey may be taken.",
)
logbook_photos = tg.Data(
    "Logbook page photos",
    sensitivity=tg.Sensitivity.PII,
    kind="documents",
    description="Photos of members' paper hive logbooks, uploaded from their phones.",
)
draft_request = tg.Data("Batch draft request", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
label_rules = tg.Data(
    "Label templates and honey labelling rules",
    sensitivity=tg.Sensitivity.PUBLIC,
    kind="instructions",
)
prompt = tg.Data(
    "Drafting prompt",
    sensitivity=tg.Sensitivity.PII,
    kind="prompt",
    description="Instructions, templates and rules, the member's logs and hive records, and the photos.",
)
llm_draft = tg.Data(
    "LLM draft label and record", sensitivity=tg.Sensitivity.PII, kind="model-output"
)
batch_record = tg.Data(
    "Batch traceability record",
    sensitivity=tg.Sensitivity.PII,
    kind="records",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Batch number, source hives and apiary, extraction date, treatments, jars filled.",
)
label_text = tg.Data(
    "Jar label text",
    sensitivity=tg.Sensitivity.INTERNAL,
    kind="documents",
    description="Honey name, net weight, best-before date, lot number, country of origin.",
)
approval = tg.Data("Batch approval", sensitivity=tg.Sensitivity.INTERNAL, kind="records")
label_sheet = tg.Data(
    "Printable label sheet", sensitivity=tg.Sensitivity.INTERNAL, kind="documents"
)
show_entries = tg.Data("Show entry batch list", sensitivity=tg.Sensitivity.PII, kind="records")
notification = tg.Data("Draft ready e-mail", sensitivity=tg.Sensitivity.PII, kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Association members who keep hives on the allotment site and log their extractions.
    member = tm.add(tg.Actor("Member beekeeper", role="member"))

with tm.boundary("Committee volunteers", trust=tg.Trust.INTERNAL):
    # Runs the honey shop: requests drafts, checks and approves every batch.
    coordinator = tm.add(tg.Actor("Honey shop coordinator", role="committee volunteer"))
    # Organises the honey show and needs batch numbers for entries.
    show_secretary = tm.add(tg.Actor("Show secretary", role="committee volunteer"))

with tm.boundary("Hosted app platform", trust=tg.Trust.INTERNAL):
    # The association's web portal for members and committee.
    portal = tm.add(
        tg.Service(
            "Members' portal",
            description="Log forms, photo uploads, draft review and approval pages.",
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="member and committee roles"),
                c.SchemaEnforcement(
                    note="extraction and hive record forms have typed, required fields"
                ),
            },
        )
    )
    # Gathers the records for one batch and asks the LLM for drafts.
    assistant = tm.add(
        tg.Service(
            "Label drafting assistant",
            description="Builds the prompt for one extraction and stores the draft for review.",
            controls={
                c.HumanInTheLoop(approver="the honey shop coordinator, before labels are printed")
            },
        )
    )
    # Members' hive, treatment and extraction records.
    records_db = tm.add(
        tg.DataStore(
            "Hive and extraction records database",
            stores={extraction_log, hive_records},
            controls={c.EncryptionAtRest(key_management="hosting platform default")},
        )
    )
    # Uploaded photos of paper logbooks.
    photo_bucket = tm.add(tg.DataStore("Logbook photo storage", stores={logbook_photos}))
    # Our label templates and the labelling rules the drafts must follow.
    rules_store = tm.add(tg.DataStore("Label templates and rules", stores={label_rules}))
    # Drafts, approved labels and batch traceability records.
    batch_register = tm.add(
        tg.DataStore(
            "Batch register",
            stores={batch_record, label_text, llm_draft},
            controls={c.EncryptionAtRest(key_management="hosting platform default")},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model that can read text and images.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends members a note when a draft of their batch is ready to check.
    mailer = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Association shop", trust=tg.Trust.INTERNAL):
    # Label printer on the shop counter.
    printer = tm.add(tg.Device("Shop label printer", fleet=False))

# ---------------------------------------------------------------- flows
# Members log their hives and extractions
tm.flow(member, portal, extraction_log, hive_records, protocol="https")
tm.flow(member, portal, logbook_photos, protocol="https", label="logbook upload")
tm.flow(portal, records_db, extraction_log, hive_records)
tm.flow(records_db, portal, extraction_log, hive_records)
tm.flow(portal, photo_bucket, logbook_photos)
tm.flow(portal, member, extraction_log, hive_records, batch_record, protocol="https")

# Drafting a batch
tm.flow(coordinator, portal, draft_request, protocol="https")
tm.flow(portal, assistant, draft_request)
tm.flow(records_db, assistant, extraction_log, hive_records)
tm.flow(photo_bucket, assistant, logbook_photos)
tm.flow(rules_store, assistant, label_rules)
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, llm_draft, protocol="https")
tm.flow(assistant, batch_register, llm_draft, batch_record, label_text)
tm.flow(assistant, mailer, notification, protocol="https")
tm.flow(mailer, member, notification, protocol="smtp")

# Review, approval and printing
tm.flow(batch_register, portal, batch_record, label_text)
tm.flow(portal, coordinator, batch_record, label_text, protocol="https")
tm.flow(coordinator, portal, approval, label_text, protocol="https", label="edits and approves")
tm.flow(portal, batch_register, approval, label_text, batch_record)
tm.flow(portal, coordinator, label_sheet, protocol="https", label="label sheet PDF")
tm.flow(coordinator, printer, label_sheet, protocol="usb")

# Honey show
tm.flow(portal, show_secretary, show_entries, protocol="https")
