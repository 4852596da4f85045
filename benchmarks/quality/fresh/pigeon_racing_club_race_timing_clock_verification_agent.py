"""Race timing clock verification agent: the first design, before any security review.

A national pigeon racing federation in the EU wants to catch timing fraud earlier.
Member clubs read each fancier's electronic timing clock on the club's clocking
master after a race and upload the arrival records, with the basketing list taken
on marking night, to the federation's race data API. Convoyers report the release
time and weather from the liberation site through the same API. Once all clubs of a
race have uploaded, an LLM agent in the federation's cloud checks every arrival
against the ring registry (chip ring to member), the basketing list and the release
time, works out the velocities, and files suspicious arrivals (unbasketed rings,
impossible speeds, clock drift) as flag cases. The race committee reviews every
flag in a web console before any result is changed; the agent decides nothing.
Fanciers register and transfer rings and see results in the member portal. Club
uploads use a per-club API key, the committee signs in with SSO and MFA, and the
language model is a vendor's hosted API.
"""

import threatgraph as tg
from threatgraph import controls as c

tm = tg.ThreatModel(
    "Race timing clock verification agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that checks electronic race clock records against ring registrations "
        "and release times and flags suspicious arrivals to the race committee."
    ),
)

# ---------------------------------------------------------------- data assets
arrivals = tg.Data(
    "Clock arrival records",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Chip ring id, arrival timestamp, clock serial and clock-set times per loft.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
basketing = tg.Data(
    "Basketing list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Rings scanned into the race on marking night, per fancier.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
release = tg.Data(
    "Release report",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Liberation time, site and weather from the convoyer.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
rings = tg.Data(
    "Ring registrations",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Ring number, chip id, owning member, loft address and loft coordinates.",
)
member_details = tg.Data("Member account details", kind="records", sensitivity=tg.Sensitivity.PII)
results = tg.Data("Published race results", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
job = tg.Data("Verification request", kind="instructions", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Verification prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the race's arrivals and the lookups made so far.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
lookup_call = tg.Data("Records lookup call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
lookup_result = tg.Data("Records lookup result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
flag = tg.Data(
    "Suspicious arrival flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Names the fancier, the ring, the reason and the evidence the agent cites.",
)
decision = tg.Data(
    "Committee decision",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Cleared, or disqualified with the result correction.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Members' lofts", trust=tg.Trust.UNTRUSTED):
    # The fancier owns and keeps the clock at home; it is the source of every arrival.
    loft_clock = tm.add(
        tg.Device(
            "Loft electronic timing clock",
            description="Antenna pad reads the chip ring as the pigeon enters the loft.",
        )
    )

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Members register and transfer their rings and look up results.
    fancier = tm.add(tg.Actor("Fancier", role="club member"))
    # Reports when and where the birds were released.
    convoyer = tm.add(tg.Actor("Convoyer", role="convoyer"))
    # Committee members are volunteers who work from home.
    committee = tm.add(tg.Actor("Race committee member", role="race committee"))

with tm.boundary("Club premises", trust=tg.Trust.PARTNER):
    # The club's station that registers rings at basketing and reads clocks after the race.
    club_master = tm.add(
        tg.Device(
            "Club clocking master",
            fleet=True,
            description="Vendor ETS club unit with the club's upload software on a club laptop.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The language model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose model behind the vendor's API.",
        )
    )

with tm.boundary("Federation cloud", trust=tg.Trust.INTERNAL):
    # Member self-service: ring registration, transfers, results.
    portal = tm.add(
        tg.Endpoint(
            "Member portal",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Receives club uploads and convoyer release reports.
    race_api = tm.add(
        tg.Endpoint(
            "Race data API",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="per-club API key; convoyer app login"),
                c.SchemaEnforcement(note="ETS export format is validated on upload"),
            },
        )
    )
    # Every race's arrivals, basketing lists, release reports and results.
    race_db = tm.add(
        tg.DataStore(
            "Race records database",
            stores={arrivals, basketing, release, results, decision},
            controls={
                c.EncryptionAtRest(key_management="cloud provider managed keys"),
                c.RBAC(),
            },
        )
    )
    # Who owns which ring: the reference the arrivals are checked against.
    ring_registry = tm.add(
        tg.DataStore(
            "Ring registry",
            stores={rings, member_details},
            controls={c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Checks a race's arrivals and files the suspicious ones.
    agent = tm.add(
        tg.Agent(
            "Clock verification agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={
                c.HumanInTheLoop(approver="race committee, before any result changes"),
                c.CircuitBreaker(max_steps=40),
            },
        )
    )
    # Read-only queries over race records and the ring registry.
    lookup_tool = tm.add(
        tg.Tool(
            "Race records lookup tool",
            capabilities={"read"},
            description="Arrivals, basketing, release and ring owner for a race, plus velocity maths.",
        )
    )
    # The agent's only write: it opens a case, it cannot edit results.
    flag_tool = tm.add(
        tg.Tool(
            "Flag case tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="can only insert flag cases")},
        )
    )
    # Open flags waiting for the committee.
    flag_queue = tm.add(
        tg.DataStore(
            "Flag case queue",
            stores={flag},
            controls={c.AuditLogging()},
        )
    )
    # Where the committee reads flags with their evidence and records decisions.
    console = tm.add(
        tg.Endpoint(
            "Committee review console",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="federation SSO with MFA"),
                c.RBAC(),
            },
        )
    )

# ---------------------------------------------------------------- flows
# race night and clock reading at the club
tm.flow(loft_clock, club_master, arrivals, protocol="usb", label="clock read at the club")
tm.flow(club_master, loft_clock, basketing, protocol="usb", label="rings registered at basketing")
tm.flow(club_master, race_api, arrivals, basketing, protocol="https", label="club upload")
tm.flow(convoyer, race_api, release, protocol="https", label="release report from the app")
tm.flow(race_api, race_db, arrivals, basketing, release)

# member self-service
tm.flow(
    fancier, portal, rings, member_details, protocol="https", label="ring registration and transfer"
)
tm.flow(portal, ring_registry, rings, member_details)
tm.flow(ring_registry, portal, rings, member_details)
tm.flow(race_db, portal, results, label="published results")
tm.flow(portal, fancier, results, rings, protocol="https")

# verification run
tm.flow(race_api, agent, job, label="all clubs uploaded")
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(race_db, lookup_tool, arrivals, basketing, release)
tm.flow(ring_registry, lookup_tool, rings)
tm.flow(lookup_tool, agent, lookup_result)
tm.flow(agent, flag_tool, flag)
tm.flow(flag_tool, flag_queue, flag)

# committee review
tm.flow(flag_queue, console, flag)
tm.flow(race_db, console, arrivals, basketing, release)
tm.flow(console, committee, flag, arrivals, protocol="https")
tm.flow(committee, console, decision, protocol="https")
tm.flow(console, race_db, decision, label="result corrections")
tm.flow(console, flag_queue, decision, label="case closed")
