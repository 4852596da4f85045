"""Freight dangerous goods screening: the first design, before any security review.

A ro-pax ferry operator on Baltic routes (Germany, Denmark, Sweden) takes lorry,
trailer and van bookings from hauliers on its freight booking portal. For any load
of dangerous goods the haulier enters the UN numbers, classes and quantities and
uploads the dangerous goods note (DGN) as a PDF. A screening service in the
operator's cloud account retrieves the matching IMDG Code entries and the operator's
own acceptance rules from a rules index and asks a vendor-hosted LLM to check the
declaration: class, segregation, limited quantities and passenger-ship limits.
Bookings the model flags wait on a review console for the port's dangerous goods
officer; bookings it passes are accepted straight away and released to load
planning. Freight desk staff amend bookings. Controls in this design: haulier
accounts with e-mail and password, UN number format checks on the portal, HTTPS to
the portal and the LLM vendor, SSO with MFA on the console, KMS encryption of the
booking database, audit logs of screening results, and a vendor DPA review.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ferry freight dangerous goods screening",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM check of freight bookings' dangerous goods declarations against "
    "maritime rules, flagging doubtful ones to the port's DG officer.",
)

# ---------------------------------------------------------------- data assets
booking = tg.Data(
    "Freight booking",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Haulier, sailing, vehicle registration, driver name and phone.",
)
declaration = tg.Data(
    "Dangerous goods declaration",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="UN numbers, proper shipping names, classes, packing groups, "
    "quantities and the 24h emergency contact.",
)
dgn_pdf = tg.Data(
    "Dangerous goods note PDF",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="The signed multimodal DG form uploaded by the haulier.",
)
booking_status = tg.Data("Booking status", kind="records", sensitivity=tg.Sensitivity.PII)
amendment = tg.Data("Booking amendment", kind="records", sensitivity=tg.Sensitivity.PII)
rules_query = tg.Data("Rules lookup query", kind="records", description="UN numbers and classes.")
rule_extracts = tg.Data(
    "IMDG rule extracts",
    kind="retrieved-context",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
imdg_code = tg.Data(
    "IMDG Code edition",
    kind="documents",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Licensed machine-readable Dangerous Goods List and segregation tables.",
)
acceptance_rules = tg.Data(
    "Operator DG acceptance rules",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Company limits beyond the IMDG Code, e.g. no class 1 on night sailings.",
)
screening_prompt = tg.Data(
    "Screening prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, the declaration, the DGN text and the rule extracts.",
)
assessment = tg.Data(
    "LLM DG assessment",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Pass or flag, with the rule references and reasons the model gives.",
)
dg_flag = tg.Data("DG flag for review", kind="records", sensitivity=tg.Sensitivity.PII)
clearance = tg.Data(
    "DG clearance decision",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
accepted = tg.Data(
    "Accepted DG booking",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Vehicle, sailing, DG class and stowage category for deck placement.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Any haulier or forwarder can open a freight account and book.
    haulier = tm.add(tg.Actor("Haulier booking clerk", role="freight customer"))

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose model behind the vendor's API; does the declaration check.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            description="Checks a DG declaration against the retrieved rules; its pass "
            "accepts the booking for a passenger ship.",
            controls={c.SupplierAssessment(note="vendor DPA signed, EU data residency")},
        )
    )

with tm.boundary("IMDG Code publisher", trust=tg.Trust.PARTNER):
    # Licensed source of each IMDG Code amendment in machine-readable form.
    publisher = tm.add(
        tg.DataSource(
            "IMDG Code data service",
            origin=tg.Origin.VENDOR,
            provides={imdg_code},
        )
    )

with tm.boundary("Port authority network", trust=tg.Trust.PARTNER):
    # The port's DG officer decides on flagged loads before they reach the quay.
    dg_officer = tm.add(tg.Actor("Port DG officer", role="dangerous goods officer"))

with tm.boundary("Operator cloud account", trust=tg.Trust.INTERNAL):
    # Public booking front end for hauliers.
    portal = tm.add(
        tg.Endpoint(
            "Freight booking portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="haulier account e-mail and password"),
                c.InputValidation(note="UN number format and class checked against the DG list"),
            },
        )
    )
    # Orchestrates the check: retrieval, prompt, verdict, routing.
    screening = tm.add(
        tg.Service(
            "DG screening service",
            description="Builds the prompt from the declaration, the DGN text and the "
            "rule extracts, calls the LLM and routes the booking on its answer.",
            controls={
                c.HumanInTheLoop(
                    approver="port DG officer",
                    note="flagged bookings only; bookings the model passes are accepted automatically",
                )
            },
        )
    )
    # Where the DG officer sees flags and records clearances.
    console = tm.add(
        tg.Service(
            "DG review console",
            controls={c.Authentication(method="operator SSO guest accounts with MFA")},
        )
    )
    # Deck placement of vehicles per sailing; reads accepted DG loads.
    load_planning = tm.add(tg.Service("Load planning system"))
    # Keeps every model verdict and officer decision.
    results = tm.add(
        tg.DataStore(
            "Screening results store",
            stores={assessment, dg_flag, clearance},
            controls={c.AuditLogging(retention_days=730)},
        )
    )

    with tm.boundary("Rules tier", trust=tg.Trust.RESTRICTED):
        # Chunks and embeds each IMDG edition and the operator's own rules.
        rules_ingest = tm.add(tg.Pipeline("Rules ingestion pipeline", stage=tg.Stage.INGESTION))
        # Retrieval index the screening service queries per UN number.
        rules_index = tm.add(
            tg.VectorStore(
                "DG rules index",
                stores={rule_extracts},
                controls={c.DataVersioning(note="one version per IMDG amendment edition")},
            )
        )

    with tm.boundary("Booking data tier", trust=tg.Trust.RESTRICTED):
        # System of record for freight bookings and their DG paperwork.
        booking_db = tm.add(
            tg.DataStore(
                "Freight booking database",
                stores={booking, declaration, dgn_pdf, booking_status},
                controls={c.EncryptionAtRest(key_management="cloud KMS")},
            )
        )

with tm.boundary("Operator offices", trust=tg.Trust.INTERNAL):
    # Freight desk fixes and amends bookings on hauliers' behalf.
    freight_desk = tm.add(tg.Actor("Freight desk agent", role="operations staff"))
    # Owns the company's DG acceptance rules.
    safety_manager = tm.add(
        tg.Actor("Marine safety manager", role="DG rules owner", privileged=True)
    )

# ---------------------------------------------------------------- flows
tm.flow(haulier, portal, booking, declaration, dgn_pdf, protocol="https")
tm.flow(portal, haulier, booking_status, protocol="https")
tm.flow(portal, booking_db, booking, declaration, dgn_pdf)
tm.flow(booking_db, portal, booking_status)

tm.flow(freight_desk, booking_db, amendment, label="amends bookings")
tm.flow(booking_db, freight_desk, booking, declaration)

tm.flow(booking_db, screening, declaration, dgn_pdf, label="new and amended DG bookings")
tm.flow(screening, rules_index, rules_query, label="similarity query")
tm.flow(rules_index, screening, rule_extracts, label="retrieved rules")
tm.flow(screening, llm, screening_prompt, protocol="https")
tm.flow(llm, screening, assessment, protocol="https")
tm.flow(screening, results, assessment, dg_flag)
tm.flow(screening, booking_db, booking_status, label="accepted or held for DG review")
tm.flow(screening, load_planning, accepted, label="passed by the model")

tm.flow(results, console, dg_flag, assessment)
tm.flow(console, dg_officer, dg_flag, assessment, protocol="https")
tm.flow(dg_officer, console, clearance, protocol="https")
tm.flow(console, results, clearance)
tm.flow(console, booking_db, clearance, label="accept or refuse the load")
tm.flow(console, load_planning, accepted, label="cleared by the DG officer")

tm.flow(publisher, rules_ingest, imdg_code, protocol="https", label="per amendment edition")
tm.flow(safety_manager, rules_ingest, acceptance_rules)
tm.flow(rules_ingest, rules_index, rule_extracts)
