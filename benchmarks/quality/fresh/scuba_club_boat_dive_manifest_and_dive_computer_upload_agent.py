"""Scuba club boat dive manifest and dive computer upload agent: the first design.

A volunteer-run scuba club runs boat dive days from a chartered hardboat. Members
book places on the club web portal, which also holds their membership record,
training qualifications and the status of their annual medical declaration. For
each dive day the dive organiser asks an LLM agent, hosted in the club's cloud
account, to build the dive manifest: it reads bookings, qualifications and recent
dive history, pairs buddies and assigns each pair a site and maximum depth. The
organiser reviews and approves the draft before the agent publishes it. On the day
the dive marshal works from a club tablet on the boat that syncs the manifest over
mobile data and ticks each diver out and back aboard. After each dive, divers pull
the log off their dive computer with the club phone app over Bluetooth and upload
it; the tablet shows whose logs have arrived beside the marshal's roll call.
Controls in this design: portal e-mail and password sign-in, TLS on the portal and
the model API, organiser approval of the manifest, and role-based access to records.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Scuba club boat dive manifest and dive computer upload agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="An LLM agent builds boat dive manifests from bookings and qualifications; "
    "divers upload dive computer logs; the dive marshal checks everyone back aboard.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Dive day booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Member, dive day, preferred buddy and requested dive.",
)
booking_confirmation = tg.Data(
    "Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII
)
member_records = tg.Data(
    "Member records and qualifications",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Contact details, emergency contact, training grade and certification number.",
)
medical_status = tg.Data(
    "Medical declaration status",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Whether the annual medical self-declaration is current or needs a doctor's referral.",
)
manifest_request = tg.Data(
    "Manifest request",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="The organiser's instructions for a dive day: boat, sites, slack water times.",
)
draft_manifest = tg.Data("Draft dive manifest", kind="model-output", sensitivity=tg.Sensitivity.PII)
manifest_approval = tg.Data(
    "Manifest approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
agent_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.REGULATED)
agent_completion = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Member lookup call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
lookup_result = tg.Data(
    "Member lookup result", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
manifest_write = tg.Data("Manifest publish call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
manifest = tg.Data(
    "Dive manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Buddy pairs, sites, maximum depths, run times and emergency contacts.",
)
roll_call = tg.Data(
    "Roll call record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Time each diver entered the water and came back aboard.",
)
dive_log = tg.Data(
    "Dive computer log",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Depth profile, dive time, ascent rate and decompression warnings.",
)
dive_history = tg.Data("Recent dive history", kind="records", sensitivity=tg.Sensitivity.PII)
upload_status = tg.Data("Log upload status", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Books places and uploads logs after each dive.
    diver = tm.add(tg.Actor("Club diver", role="member"))
    # The diver's own wrist computer, read over Bluetooth.
    dive_computer = tm.add(tg.Device("Dive computer", fleet=True))
    # The club's phone app on each diver's own phone.
    phone_app = tm.add(tg.Device("Diver phone app", fleet=True))
    # Volunteer who runs the dive day, working from home.
    organiser = tm.add(tg.Actor("Dive organiser", role="dive organiser", privileged=True))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the manifest agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Club cloud account", trust=tg.Trust.INTERNAL):
    # Members' bookings and log uploads come in here.
    portal = tm.add(
        tg.Endpoint(
            "Club web portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.EncryptionInTransit(protocol="TLS 1.2"),
            },
        )
    )
    # Membership, qualifications, medical status and bookings.
    member_db = tm.add(
        tg.DataStore(
            "Membership and bookings database",
            stores={member_records, medical_status, booking},
            controls={c.RBAC()},
        )
    )
    # Uploaded dive computer logs.
    log_store = tm.add(tg.DataStore("Dive log store", stores={dive_log}))
    # Builds the manifest for a dive day.
    agent = tm.add(
        tg.Agent(
            "Manifest agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(
                    approver="the dive organiser",
                    note="the draft manifest is published only once the organiser approves it",
                )
            },
        )
    )
    # Lets the agent read bookings, qualifications, medical status and dive history.
    lookup_tool = tm.add(tg.Tool("Member lookup tool", capabilities={"read"}))
    # Publishes the approved manifest.
    manifest_tool = tm.add(tg.Tool("Manifest publish tool", capabilities={"write"}))
    # The published manifest and the day's roll call.
    manifest_store = tm.add(tg.DataStore("Dive manifest store", stores={manifest, roll_call}))

with tm.boundary("Dive boat", trust=tg.Trust.INTERNAL):
    # Club tablet the marshal keeps the roll call on.
    tablet = tm.add(
        tg.Device(
            "Marshal tablet",
            fleet=False,
            controls={c.Authentication(method="club tablet PIN")},
        )
    )
    # Checks every diver out and back aboard.
    marshal = tm.add(tg.Actor("Dive marshal", role="dive marshal"))

# ---------------------------------------------------------------- flows
tm.flow(diver, portal, booking, protocol="https")
tm.flow(portal, diver, booking_confirmation, protocol="https")
tm.flow(portal, member_db, booking)

tm.flow(organiser, agent, manifest_request, protocol="https")
tm.flow(agent, organiser, draft_manifest, protocol="https")
tm.flow(organiser, agent, manifest_approval, protocol="https", label="approves draft")
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_completion, protocol="https")
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(member_db, lookup_tool, member_records, medical_status, booking)
tm.flow(log_store, lookup_tool, dive_history)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(agent, manifest_tool, manifest_write)
tm.flow(manifest_tool, manifest_store, manifest)

tm.flow(manifest_store, tablet, manifest, protocol="https", label="sync over mobile data")
tm.flow(tablet, marshal, manifest, upload_status)
tm.flow(marshal, tablet, roll_call)
tm.flow(tablet, manifest_store, roll_call, protocol="https", label="sync over mobile data")

tm.flow(dive_computer, phone_app, dive_log, protocol="bluetooth")
tm.flow(phone_app, portal, dive_log, protocol="https")
tm.flow(portal, log_store, dive_log)
tm.flow(log_store, tablet, upload_status, protocol="https")
