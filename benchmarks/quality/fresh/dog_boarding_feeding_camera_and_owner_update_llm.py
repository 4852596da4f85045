"""Dog boarding kennels: daily owner updates written by a hosted LLM (first design).

Each evening a job gathers, for every dog in our care, the day's feeding and
medication log that kennel staff entered on the kennel tablet, and a snapshot
from the cloud-connected kennel cameras. It sends them to a hosted LLM, which
writes a short friendly update; drafts wait in a queue until a member of staff
approves or edits them in the staff dashboard, and the update goes to the owner
by e-mail with the photo. Owners can reply to the e-mail, usually to ask about
their dog's medication; the mail provider posts each reply to a reply handler,
which asks the LLM to draft an answer from the dog's care record, and that draft
also waits for staff approval. Bookings, owner contacts and care records live in
our kennel management database in the cloud. Staff sign in to the dashboard with
their own accounts; traffic to the cloud, the LLM vendor and the mail provider
uses TLS. Owners are UK residents, so GDPR applies.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Kennel daily owner updates",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="LLM-drafted, staff-approved daily updates and medication answers for dog owners.",
)

# ---------------------------------------------------------------- data assets
snapshots = tg.Data(
    "Kennel camera snapshots",
    kind="media",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Stills of each kennel run; staff are sometimes in frame.",
)
feeding_logs = tg.Data(
    "Feeding and medication log",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Meals eaten, medication given and times, per dog, entered by staff.",
)
care_record = tg.Data(
    "Dog care record",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Diet, allergies, medication names, doses and schedule, vet contact.",
)
owner_contact = tg.Data(
    "Owner contact details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Owner name, e-mail address, phone and booking dates.",
)
update_prompt = tg.Data(
    "Daily update prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Instructions, the dog's name, the owner's first name, the day's log and the snapshot.",
)
draft_update = tg.Data("Draft daily update", kind="model-output", sensitivity=tg.Sensitivity.PII)
owner_question = tg.Data(
    "Owner reply message",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="The owner's e-mail reply, usually a question about medication.",
)
reply_prompt = tg.Data(
    "Medication answer prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the owner's message and the dog's care record.",
)
draft_answer = tg.Data(
    "Draft medication answer", kind="model-output", sensitivity=tg.Sensitivity.PII
)
approved_message = tg.Data(
    "Approved owner message",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The update or answer as a member of staff approved or edited it, with the photo.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Receives updates and replies with questions by e-mail.
    owner = tm.add(tg.Actor("Dog owner", role="customer"))

with tm.boundary("Kennel site", trust=tg.Trust.INTERNAL):
    # Enter feeding and medication logs and approve what owners receive.
    staff = tm.add(tg.Actor("Kennel staff", role="kennel staff"))
    # Cloud-connected cameras in each run; upload a still every hour.
    cameras = tm.add(tg.Device("Kennel cameras", fleet=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Writes the updates and drafts answers; multimodal, reads the snapshot.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Mail provider", trust=tg.Trust.PARTNER):
    # Sends our e-mails and posts owners' replies to us.
    mail = tm.add(tg.ExternalService("Transactional e-mail service"))

with tm.boundary("Kennel cloud", trust=tg.Trust.INTERNAL):
    # Keeps the latest stills per kennel run.
    snapshot_store = tm.add(tg.DataStore("Snapshot store", stores={snapshots}))
    # System of record for bookings, owners, dogs and their care.
    kennel_db = tm.add(
        tg.DataStore(
            "Kennel management database",
            stores={owner_contact, care_record, feeding_logs},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Builds one prompt per dog each evening and calls the LLM.
    update_job = tm.add(
        tg.Service(
            "Nightly update job",
            description="Once a day, drafts an update for every dog currently boarding.",
        )
    )
    # Receives owner replies from the mail provider and drafts answers.
    reply_handler = tm.add(
        tg.Endpoint(
            "Owner reply handler",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            description="Matches a reply to its booking by the sender's e-mail address and drafts an answer.",
        )
    )
    # Drafts waiting for staff approval, and what was sent.
    drafts = tm.add(
        tg.DataStore("Message queue", stores={draft_update, draft_answer, approved_message})
    )
    # Where staff log feeding and medication and approve messages.
    dashboard = tm.add(
        tg.Service(
            "Staff dashboard",
            internet_facing=True,
            controls={
                c.Authentication(method="individual e-mail and password"),
                c.HumanInTheLoop(
                    approver="kennel staff",
                    note="every update and answer is approved before sending",
                ),
            },
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(cameras, snapshot_store, snapshots, protocol="https")
tm.flow(staff, dashboard, feeding_logs, protocol="https", label="kennel tablet")
tm.flow(dashboard, kennel_db, feeding_logs)

tm.flow(kennel_db, update_job, feeding_logs, care_record, owner_contact, label="nightly batch")
tm.flow(snapshot_store, update_job, snapshots)
tm.flow(update_job, llm, update_prompt, snapshots, protocol="https")
tm.flow(llm, update_job, draft_update, protocol="https")
tm.flow(update_job, drafts, draft_update)

tm.flow(mail, owner, approved_message, protocol="smtp")
tm.flow(owner, mail, owner_question, protocol="smtp")
tm.flow(mail, reply_handler, owner_question, protocol="https", label="inbound e-mail webhook")
tm.flow(kennel_db, reply_handler, care_record, owner_contact)
tm.flow(reply_handler, llm, reply_prompt, protocol="https")
tm.flow(llm, reply_handler, draft_answer, protocol="https")
tm.flow(reply_handler, drafts, owner_question, draft_answer)

tm.flow(drafts, dashboard, draft_update, draft_answer, owner_question)
tm.flow(snapshot_store, dashboard, snapshots)
tm.flow(kennel_db, dashboard, owner_contact, care_record)
tm.flow(dashboard, staff, draft_update, draft_answer, owner_question, snapshots, protocol="https")
tm.flow(staff, dashboard, approved_message, protocol="https", label="approves or edits")
tm.flow(dashboard, drafts, approved_message)
tm.flow(dashboard, mail, approved_message, owner_contact, protocol="https")
