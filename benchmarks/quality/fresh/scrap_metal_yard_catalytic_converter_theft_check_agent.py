"""Catalytic converter theft check: the first design, before any security review.

A licensed scrap metal yard in England buys used catalytic converters over the
weighbridge. The weighbridge operator photographs each converter (including its
serial and casting marks) and the seller's photo ID on the yard tablet, and
enters the seller's details and vehicle registration. An in-house model flags
converters likely to be stolen, matching serial patterns against the stolen
converter list the regional police metal theft unit sends each night. A
compliance agent, built on a hosted LLM, checks whether the seller holds a
collector's licence on the public licensing register and, once the yard manager
has decided to buy in the manager console, files the transaction record that the
Scrap Metal Dealers Act 2013 requires, kept for three years. The manager alone
decides whether to buy. Staff sign in with their own accounts; records are
encrypted at rest.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Catalytic converter theft check",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="Flags likely stolen converters and files the statutory purchase record.",
)

# ---------------------------------------------------------------- data assets
id_document = tg.Data(
    "Seller photo ID",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Driving licence or passport, shown at the weighbridge.",
)
id_photo = tg.Data("Seller ID photo", kind="media", sensitivity=tg.Sensitivity.PII)
seller_details = tg.Data(
    "Seller details",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Name, address, vehicle registration, collector's licence number if any.",
)
converter_photos = tg.Data(
    "Converter photos",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Photos of the converter, its serial and casting marks.",
)
weight_ticket = tg.Data("Weighbridge ticket", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
theft_reports = tg.Data(
    "Police stolen converter list",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="Serials and vehicle models from reported converter thefts in the region.",
)
theft_flag = tg.Data(
    "Stolen converter flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Likelihood the converter is stolen, with the matching report if any.",
)
case = tg.Data("Intake case", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_prompt = tg.Data("Agent prompt", kind="prompt", sensitivity=tg.Sensitivity.PII)
llm_reply = tg.Data("Agent completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
licence_query = tg.Data("Licence register lookup", kind="tool-call", sensitivity=tg.Sensitivity.PII)
licence_result = tg.Data(
    "Licence register entry", kind="tool-result", sensitivity=tg.Sensitivity.PUBLIC
)
check_summary = tg.Data("Seller check summary", kind="model-output", sensitivity=tg.Sensitivity.PII)
decision = tg.Data("Purchase decision", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
record = tg.Data(
    "Statutory transaction record",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="medium"),
    description="Date, description of the metal, weight, seller identity and ID copy, "
    "vehicle registration, payment reference; kept three years for police inspection.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Yard public area", trust=tg.Trust.UNTRUSTED):
    # Whoever drives in with converters to sell: garages, collectors, the public.
    seller = tm.add(tg.Actor("Seller", role="seller"))

with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # The Environment Agency's public register of scrap metal licences.
    register = tm.add(
        tg.ExternalService(
            "Public scrap metal licence register",
            provides=tg.ExternalCategory.DATA_PROVIDER,
        )
    )

with tm.boundary("Police metal theft unit", trust=tg.Trust.PARTNER):
    # Nightly list of reported converter thefts, shared under an agreement.
    police_feed = tm.add(
        tg.DataSource(
            "Police stolen converter feed",
            origin=tg.Origin.PARTNER,
            provides={theft_reports},
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(tg.LLM("Hosted LLM", origin=tg.ModelOrigin.THIRD_PARTY_API))

with tm.boundary("Weighbridge office", trust=tg.Trust.INTERNAL):
    # Yard staff who weigh, photograph and take the seller's details.
    operator = tm.add(tg.Actor("Weighbridge operator", role="yard staff"))
    # The yard manager, who alone decides whether to buy.
    manager = tm.add(tg.Actor("Yard manager", role="manager", privileged=True))
    # Rugged tablet at the weighbridge, with the intake app and camera.
    tablet = tm.add(
        tg.Device(
            "Weighbridge tablet",
            fleet=False,
            controls={
                c.Authentication(method="per-tablet device certificate and each operator's own PIN")
            },
        )
    )

with tm.boundary("Yard cloud tenancy", trust=tg.Trust.INTERNAL):
    # Receives each intake, calls the model and the agent, serves the console.
    intake = tm.add(
        tg.Service(
            "Intake service",
            controls={c.InputValidation()},
        )
    )
    # In-house model: reads serial and casting marks, matches them to theft reports.
    theft_model = tm.add(
        tg.Model(
            "Stolen converter model",
            task=tg.Task.DETECTOR,
            returns_scores=True,
            high_stakes=True,
            description="Flags converters whose serial pattern or marks match reported thefts.",
        )
    )
    # LLM agent: checks the seller's licence and files the statutory record.
    agent = tm.add(
        tg.Agent(
            "Compliance agent",
            autonomy=tg.Autonomy.SUPERVISED,
            controls={c.AuditLogging(retention_days=1095)},
        )
    )
    # Read-only lookup on the public register by name or licence number.
    licence_tool = tm.add(
        tg.Tool(
            "Licence register check tool",
            capabilities={"read", "network-egress"},
        )
    )
    # Writes the statutory record; only after the manager has decided to buy.
    record_tool = tm.add(
        tg.Tool(
            "Transaction record filing tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools()},
        )
    )
    # The manager's screen: photos, model flag, licence check, buy or refuse.
    console = tm.add(
        tg.Endpoint(
            "Manager console",
            purpose=tg.EndpointPurpose.API,
            controls={c.Authentication(method="Microsoft 365 sign-in with MFA")},
        )
    )

    with tm.boundary("Records vault", trust=tg.Trust.RESTRICTED):
        # The records the Act requires, with photos, open to police inspection.
        records = tm.add(
            tg.DataStore(
                "Transaction record store",
                stores={record, id_photo, converter_photos, seller_details},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.RetentionLimits(days=1095),
                },
            )
        )

# ---------------------------------------------------------------- flows
# at the weighbridge
tm.flow(seller, operator, id_document, seller_details, label="handed at the weighbridge")
tm.flow(
    operator,
    tablet,
    id_photo,
    converter_photos,
    seller_details,
    weight_ticket,
    label="photographed and typed on the tablet",
)
tm.flow(tablet, intake, id_photo, converter_photos, seller_details, weight_ticket, protocol="https")

# theft check
tm.flow(police_feed, intake, theft_reports, protocol="sftp", label="nightly list")
tm.flow(intake, theft_model, converter_photos, theft_reports)
tm.flow(theft_model, intake, theft_flag)

# seller licence check
tm.flow(intake, agent, case, seller_details, theft_flag)
tm.flow(agent, llm, llm_prompt, protocol="https")
tm.flow(llm, agent, llm_reply, protocol="https")
tm.flow(agent, licence_tool, licence_query)
tm.flow(licence_tool, register, licence_query, protocol="https")
tm.flow(register, licence_tool, licence_result, protocol="https")
tm.flow(licence_tool, agent, licence_result)
tm.flow(agent, intake, check_summary)

# the manager decides
tm.flow(intake, console, converter_photos, id_photo, seller_details, theft_flag, check_summary)
tm.flow(console, manager, converter_photos, id_photo, theft_flag, check_summary, protocol="https")
tm.flow(manager, console, decision, protocol="https")
tm.flow(console, intake, decision)
tm.flow(intake, agent, decision, label="file the record for a purchase")

# the statutory record
tm.flow(agent, record_tool, record)
tm.flow(record_tool, records, record)
tm.flow(intake, records, id_photo, converter_photos, seller_details, label="attached to the record")
tm.flow(records, console, record, label="records for police inspection")
tm.flow(intake, tablet, decision, protocol="https", label="buy or refuse shown to the operator")
