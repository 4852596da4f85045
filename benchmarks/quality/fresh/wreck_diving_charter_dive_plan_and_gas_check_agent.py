"""Wreck diving charter: dive plan and gas check agent (first design).

A technical wreck diving charter operating two boats out of Malta takes bookings
from divers through a web portal. Divers upload photos of their certification
cards (nitrox, trimix, wreck penetration), their planned gases and runtimes, and a
medical self-declaration. Before each trip a planning agent, built on a hosted
LLM, reads the bookings, looks up the target wreck's depth and the tide window,
runs each gas plan through a gas calculator (MOD, END, reserves) and drafts the
dive manifest. The manifest goes to the skipper's wheelhouse tablet, and the
skipper signs it off before the boat leaves. Office staff keep the wreck site
records. Controls in this design: password sign-in and upload checks on the
portal, TLS on the links out of the cloud tenancy, provider-managed encryption of
the booking database, and the skipper's sign-off of every manifest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Wreck diving charter dive plan and gas check agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Checks divers' certifications and gas plans against wreck depth and tide, "
    "and drafts the dive manifest the skipper signs off.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Diver booking details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, contact details, emergency contact, trip date and chosen wreck.",
)
cert_cards = tg.Data(
    "Certification card photos",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Photos of training agency cards (nitrox, trimix, advanced wreck).",
)
gas_plan = tg.Data(
    "Diver gas plan",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Bottom and deco mixes, cylinder sizes, planned depth and runtime.",
)
medical = tg.Data(
    "Medical self-declaration",
    kind="documents",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="medium", availability="low"),
    description="RSTC-style medical questionnaire; health data.",
)
confirmation = tg.Data("Booking confirmation", kind="records", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Planning prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the trip's bookings, card photos, gas plans and declarations.",
)
agent_completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
wreck_sites = tg.Data(
    "Wreck site records",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Position, seabed and least depth, penetration hazards, skipper notes.",
)
wreck_query = tg.Data("Wreck lookup request", kind="tool-call")
wreck_result = tg.Data("Wreck depth and hazards", kind="tool-result")
tide_query = tg.Data("Tide window request", kind="tool-call")
tide_predictions = tg.Data("Tide predictions", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
tide_result = tg.Data("Slack water window", kind="tool-result")
gas_check_request = tg.Data("Gas check request", kind="tool-call", sensitivity=tg.Sensitivity.PII)
gas_check_result = tg.Data(
    "Gas check result",
    kind="tool-result",
    sensitivity=tg.Sensitivity.PII,
    description="MOD, END and gas reserve figures per diver, with pass or fail flags.",
)
manifest_draft = tg.Data("Draft dive manifest", kind="tool-call", sensitivity=tg.Sensitivity.PII)
manifest = tg.Data(
    "Dive manifest",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Divers, buddy teams, gases, planned runtimes and check flags for one trip.",
)
sign_off = tg.Data("Skipper manifest approval", kind="records")

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Visiting technical divers who book a place on a trip.
    diver = tm.add(tg.Actor("Diver", role="customer"))
    # Public tide prediction API for the harbour and the wreck sites.
    tide_service = tm.add(tg.ExternalService("Tide prediction service", provides="data-provider"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the planning agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose multimodal model behind the vendor's API.",
        )
    )

with tm.boundary("Charter cloud tenancy", trust=tg.Trust.INTERNAL):
    # Where divers book and upload their paperwork.
    portal = tm.add(
        tg.Endpoint(
            "Booking portal",
            purpose=tg.EndpointPurpose.API,
            internet_facing=True,
            controls={
                c.Authentication(method="e-mail and password"),
                c.InputValidation(note="image and PDF uploads only, 10 MB limit"),
            },
        )
    )
    # Bookings, card photos, gas plans and medical declarations.
    booking_db = tm.add(
        tg.DataStore(
            "Booking database",
            stores={booking, cert_cards, gas_plan, medical},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Reads a trip's bookings and drafts the manifest for the skipper.
    agent = tm.add(
        tg.Agent(
            "Dive planning agent",
            autonomy=tg.Autonomy.SUPERVISED,
            description="Runs the evening before each trip over that trip's bookings.",
            controls={
                c.HumanInTheLoop(approver="the skipper signs off the manifest before departure"),
            },
        )
    )
    # Looks up the target wreck's depth and hazards.
    wreck_tool = tm.add(tg.Tool("Wreck site lookup tool", capabilities={"read"}))
    # The charter's own list of wrecks, maintained by the office.
    wreck_db = tm.add(tg.DataStore("Wreck site database", stores={wreck_sites}))
    # Fetches the slack water window for the trip date.
    tide_tool = tm.add(tg.Tool("Tide lookup tool", capabilities={"read", "network-egress"}))
    # Deterministic calculator: MOD, END and gas reserves for a plan at a depth.
    gas_tool = tm.add(tg.Tool("Gas plan calculator", capabilities={"read"}))
    # Writes the drafted manifest for the skipper.
    manifest_tool = tm.add(tg.Tool("Manifest writer tool", capabilities={"write"}))
    # Manifests per trip, draft and signed.
    manifest_store = tm.add(tg.DataStore("Manifest store", stores={manifest, sign_off}))

with tm.boundary("Charter boat", trust=tg.Trust.INTERNAL):
    # The skipper reviews the manifest here at the dock.
    tablet = tm.add(tg.Device("Wheelhouse tablet", fleet=False))
    # Has the last word on who dives, on which gas.
    skipper = tm.add(tg.Actor("Skipper", role="skipper", privileged=True))

with tm.boundary("Charter office", trust=tg.Trust.INTERNAL):
    # Keeps the wreck records and handles bookings.
    office = tm.add(tg.Actor("Office manager", role="office staff"))

# ---------------------------------------------------------------- flows
tm.flow(diver, portal, booking, cert_cards, gas_plan, medical, protocol="https")
tm.flow(portal, diver, confirmation, protocol="https")
tm.flow(portal, booking_db, booking, cert_cards, gas_plan, medical)
tm.flow(booking_db, agent, booking, cert_cards, gas_plan, medical, label="trip bookings")

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, agent_completion, protocol="https")

tm.flow(agent, wreck_tool, wreck_query)
tm.flow(wreck_tool, wreck_db, wreck_query)
tm.flow(wreck_db, wreck_tool, wreck_sites)
tm.flow(wreck_tool, agent, wreck_result)

tm.flow(agent, tide_tool, tide_query)
tm.flow(tide_tool, tide_service, tide_query, protocol="https")
tm.flow(tide_service, tide_tool, tide_predictions, protocol="https")
tm.flow(tide_tool, agent, tide_result)

tm.flow(agent, gas_tool, gas_check_request)
tm.flow(gas_tool, agent, gas_check_result)

tm.flow(agent, manifest_tool, manifest_draft)
tm.flow(manifest_tool, manifest_store, manifest)

tm.flow(manifest_store, tablet, manifest, protocol="https")
tm.flow(tablet, skipper, manifest, label="on screen")
tm.flow(skipper, tablet, sign_off, label="on the touchscreen")
tm.flow(tablet, manifest_store, sign_off, protocol="https")

tm.flow(office, wreck_db, wreck_sites, protocol="https", label="edits wreck records")
tm.flow(office, booking_db, booking, protocol="https", label="manages bookings")
tm.flow(booking_db, office, booking, protocol="https")
