"""Food bank referral voucher triage: the first design, before any security review.

Referral agencies (advice centres, GP surgeries, schools, social workers) send
e-vouchers for people in crisis to our food bank network through a web portal.
Each voucher carries the household's size, address, reason for referral, the
agency's free-text eligibility notes and any dietary or health needs. A triage
service, running in the network's cloud tenancy, reads each new voucher with the
client's visit history and our parcel guidelines, asks a hosted LLM to propose a
parcel size and dietary adjustments, and queues the proposal. A duty volunteer at
the distribution centre confirms or changes it in a web console; confirmed parcels
go to the warehouse stock system as packing lists, and the client gets a collection
text through an SMS provider. Agency staff and volunteers sign in with their own
e-mail and password; traffic is HTTPS, the voucher database uses the cloud's
default encryption, and the LLM vendor is under a data processing agreement.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Food bank referral voucher triage",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM proposes parcel sizes and dietary needs from agency referral vouchers; "
        "volunteers confirm each one."
    ),
)

# ---------------------------------------------------------------- data assets
voucher = tg.Data(
    "Referral voucher",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="medium"),
    description="Client name, address, phone, household members and ages, referral reason.",
)
eligibility_notes = tg.Data(
    "Agency eligibility notes",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="Free text from the referrer: income crisis, benefits delay, health, "
    "dietary and religious food needs.",
)
visit_history = tg.Data(
    "Client visit history",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Previous vouchers and parcels per household in the last six months.",
)
guidelines = tg.Data(
    "Parcel and eligibility guidelines",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Parcel sizes by household, voucher limits, dietary substitution lists.",
)
triage_prompt = tg.Data("Triage prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_output = tg.Data("Suggested parcel", kind="model-output", sensitivity=tg.Sensitivity.PII)
proposal = tg.Data(
    "Parcel proposal",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Proposed parcel size, dietary adjustments and the model's reasons.",
)
confirmation = tg.Data("Volunteer confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
packing_list = tg.Data(
    "Packing list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Voucher number, parcel size, dietary needs and collection centre.",
)
collection_sms = tg.Data("Collection text message", kind="records", sensitivity=tg.Sensitivity.PII)
voucher_status = tg.Data("Voucher status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Staff of the many referral agencies; each agency registers its own accounts.
    referrer = tm.add(tg.Actor("Agency referrer", role="referral agency worker"))
    # The person referred; they only receive a text telling them where to collect.
    client = tm.add(tg.Actor("Food bank client", role="client"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A general-purpose hosted model, used through the vendor's API.
    llm = tm.add(
        tg.LLM(
            "Hosted triage LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Reads the voucher and notes and proposes parcel size and diet.",
            controls={c.SupplierAssessment(note="DPA signed; no training on our prompts")},
        )
    )

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Sends the collection time and centre to the client's phone.
    sms = tm.add(tg.ExternalService("SMS gateway", provides=tg.ExternalCategory.GENERIC))

with tm.boundary("Food bank cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where agencies submit e-vouchers and see their status.
    portal = tm.add(
        tg.Endpoint(
            "Referral portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={c.Authentication(method="agency staff e-mail and password")},
        )
    )
    # System of record for vouchers received.
    voucher_db = tm.add(
        tg.DataStore(
            "Voucher database",
            stores={voucher, eligibility_notes},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Past parcels per household, used to apply the voucher limits.
    history_db = tm.add(tg.DataStore("Client visit records", stores={visit_history}))
    # Reference data the coordinators maintain.
    guideline_store = tm.add(tg.DataStore("Parcel guidelines", stores={guidelines}))
    # Builds the prompt from voucher, history and guidelines, and queues the result.
    triage = tm.add(
        tg.Service(
            "Triage service",
            description="Picks up new vouchers, calls the LLM, writes a proposal per voucher.",
        )
    )
    # Proposals waiting for a volunteer.
    queue = tm.add(tg.DataStore("Proposal queue", stores={proposal}))
    # Where duty volunteers review and confirm proposals.
    console = tm.add(
        tg.Endpoint(
            "Volunteer triage console",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="individual volunteer e-mail and password"),
                c.HumanInTheLoop(approver="the duty volunteer at the distribution centre"),
            },
        )
    )

with tm.boundary("Distribution centres", trust=tg.Trust.INTERNAL):
    # Trained volunteers at each centre, using the centre's shared laptop.
    volunteer = tm.add(tg.Actor("Duty volunteer", role="volunteer"))
    # Staff member who maintains parcel sizes and voucher limits.
    coordinator = tm.add(tg.Actor("Network coordinator", role="coordinator", privileged=True))
    # Existing warehouse stock system that prints packing lists for the packers.
    warehouse = tm.add(tg.Service("Warehouse stock system"))

# ---------------------------------------------------------------- flows
tm.flow(referrer, portal, voucher, eligibility_notes, protocol="https")
tm.flow(portal, voucher_db, voucher, eligibility_notes)
tm.flow(voucher_db, portal, voucher_status, label="status for the referring agency")
tm.flow(portal, referrer, voucher_status, protocol="https")

tm.flow(voucher_db, triage, voucher, eligibility_notes, label="new vouchers")
tm.flow(history_db, triage, visit_history)
tm.flow(guideline_store, triage, guidelines)
tm.flow(triage, llm, triage_prompt, protocol="https")
tm.flow(llm, triage, llm_output, protocol="https")
tm.flow(triage, queue, proposal)

tm.flow(queue, console, proposal)
tm.flow(voucher_db, console, voucher, eligibility_notes, label="voucher shown beside proposal")
tm.flow(console, volunteer, proposal, voucher, eligibility_notes, protocol="https")
tm.flow(volunteer, console, confirmation, protocol="https")
tm.flow(console, history_db, confirmation, label="record parcel given")
tm.flow(console, voucher_db, voucher_status)
tm.flow(console, warehouse, packing_list, protocol="https")
tm.flow(console, sms, collection_sms, protocol="https")
tm.flow(sms, client, collection_sms, protocol="sms")

tm.flow(coordinator, guideline_store, guidelines, protocol="https", label="updates limits")
