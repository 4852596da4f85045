"""Pigeon racing club basketing and ring check: the first design, before any security review.

Club members (fanciers) enter birds for each race through the club's web portal,
listing the ring number of every bird they will send. On basketing night the
volunteer basketing marshal at the clubhouse scans each bird's ETS chip ring on
the basketing antenna and photographs its leg ring with a club tablet. A basketing
check service in the club's hosted VPS sends the photo and the entry line to a
vendor-hosted vision LLM, which reads the ring number and notes any mismatch with
the entry and with the national union's ring and chip register (synced nightly).
The marshal sees the result on the tablet and decides whether the bird is basketed;
the race secretary reviews the basketing log from home through the portal, and the
portal e-mails each member their basketing sheet. Members sign in with e-mail and
password; tablets call the service with a per-tablet API key; all links to the VPS
are HTTPS. Member names, addresses and loft locations are personal data (GDPR).
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Pigeon racing club basketing and ring check",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Race entries, ETS chip scans and LLM-read leg rings checked at basketing.",
)

# ---------------------------------------------------------------- data assets
member_account = tg.Data(
    "Member account details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, phone, e-mail and loft location of each fancier.",
)
sign_in = tg.Data(
    "Member sign-in credentials", kind="credentials", sensitivity=tg.Sensitivity.SECRET
)
entries = tg.Data(
    "Race entry list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Per race: member, bird ring numbers, ETS chip numbers, pool nominations.",
)
ring_photo = tg.Data("Leg ring photo", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
chip_read = tg.Data("ETS chip reading", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
ring_prompt = tg.Data(
    "Ring check prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the ring photo, the member's entry line and the register entry.",
)
ring_result = tg.Data(
    "Ring check result",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Ring number as read, and a note of any mismatch with entry or register.",
)
register = tg.Data(
    "Ring and chip register",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Ring number to registered owner and paired ETS chip, from the national union.",
)
basketing_log = tg.Data(
    "Basketing log",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Each bird basketed or refused, with photo reference, check result and marshal.",
)
basketing_sheet = tg.Data("Basketing sheet", kind="documents", sensitivity=tg.Sensitivity.PII)
marshal_decision = tg.Data(
    "Basketing decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Fanciers enter their birds from home, on phones and PCs.
    member = tm.add(tg.Actor("Club member", role="fancier"))
    # The race secretary works from home; checks the basketing log and disputes.
    secretary = tm.add(tg.Actor("Race secretary", role="race secretary", privileged=True))

with tm.boundary("Clubhouse network", trust=tg.Trust.INTERNAL):
    # Volunteer at the basketing table who handles each bird.
    marshal = tm.add(tg.Actor("Basketing marshal", role="basketing marshal"))
    # Two club tablets: photograph rings, show check results, record decisions.
    tablet = tm.add(
        tg.Device(
            "Basketing tablet",
            fleet=True,
            controls={c.Authentication(method="per-tablet API key")},
        )
    )
    # The ETS antenna pad that reads each bird's chip ring at basketing.
    antenna = tm.add(tg.Device("ETS basketing antenna", fleet=False))

with tm.boundary("Club hosting VPS", trust=tg.Trust.INTERNAL):
    # Members' and secretary's web portal: entries, basketing sheets, log review.
    portal = tm.add(
        tg.Endpoint(
            "Club entry portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.RBAC(note="member and race secretary roles"),
            },
        )
    )
    # Orchestrates each ring check: entry lookup, register lookup, LLM call, logging.
    check_service = tm.add(
        tg.Service(
            "Basketing check service",
            description="Builds the ring check prompt and returns the result to the tablet.",
            controls={
                c.HumanInTheLoop(
                    approver="the basketing marshal",
                    note="the marshal decides whether each bird is basketed; the result only advises",
                )
            },
        )
    )
    # Entries for every race, with the member accounts they belong to.
    entries_db = tm.add(
        tg.DataStore(
            "Race entries database",
            stores={entries, member_account, sign_in},
            controls={c.EncryptionAtRest(key_management="hosting provider managed disk keys")},
        )
    )
    # Local copy of the national union's ring and chip register.
    register_db = tm.add(tg.DataStore("Ring and chip register copy", stores={register}))
    # Photos and outcomes kept for disputes and the race result objections window.
    log_store = tm.add(tg.DataStore("Basketing log store", stores={basketing_log, ring_photo}))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose vision model behind the vendor's API; reads the leg ring.
    llm = tm.add(
        tg.LLM(
            "Hosted vision LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Reads ring numbers from photos and compares them with the entry line.",
        )
    )

with tm.boundary("National union", trust=tg.Trust.PARTNER):
    # The national racing pigeon union's registry of issued rings and chip pairings.
    union = tm.add(
        tg.ExternalService(
            "National union ring registry",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("E-mail provider", trust=tg.Trust.PARTNER):
    # Sends members their basketing sheets after basketing closes.
    mailer = tm.add(tg.ExternalService("Club e-mail service"))

# ---------------------------------------------------------------- flows
# entries
tm.flow(member, portal, sign_in, entries, protocol="https", label="enters birds")
tm.flow(portal, member, entries, protocol="https", label="entry confirmation")
tm.flow(portal, entries_db, entries, member_account)
tm.flow(entries_db, portal, entries, member_account)

# basketing night
tm.flow(antenna, tablet, chip_read, protocol="usb")
tm.flow(marshal, tablet, ring_photo, label="photographs the ring at the basketing table")
tm.flow(tablet, check_service, ring_photo, chip_read, protocol="https")
tm.flow(check_service, entries_db, chip_read, label="entry lookup")
tm.flow(entries_db, check_service, entries)
tm.flow(register_db, check_service, register)
tm.flow(check_service, llm, ring_prompt, protocol="https")
tm.flow(llm, check_service, ring_result, protocol="https")
tm.flow(check_service, tablet, ring_result, protocol="https")
tm.flow(tablet, marshal, ring_result, label="shown on the tablet screen")
tm.flow(marshal, tablet, marshal_decision, label="taps basket or refuse")
tm.flow(tablet, check_service, marshal_decision, protocol="https")
tm.flow(check_service, log_store, basketing_log, ring_photo)

# register sync
tm.flow(union, register_db, register, protocol="https", label="nightly register sync")

# after basketing
tm.flow(log_store, portal, basketing_log)
tm.flow(secretary, portal, sign_in, protocol="https", label="reviews basketing log")
tm.flow(portal, secretary, basketing_log, protocol="https")
tm.flow(portal, mailer, basketing_sheet, protocol="https")
tm.flow(mailer, member, basketing_sheet, protocol="smtp", label="basketing sheet e-mail")
