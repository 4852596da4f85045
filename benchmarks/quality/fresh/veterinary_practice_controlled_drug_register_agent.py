"""Controlled drugs register agent: the first design, before any security review.

A veterinary practice must keep a controlled drugs (CD) register: every receipt and
supply of a Schedule 2 drug, with the client's name and address, and running balances
that match the CD cabinet. Vets already record each dispensing in the practice
management system (PMS), a vendor's cloud service. Each night a scheduler starts an
LLM agent in the practice's cloud tenant; through a read-only PMS tool it collects the
day's CD dispensings and deliveries, and through the register tool it appends the
matching entries to the electronic CD register. Nurses enter the weekly cabinet counts
in the register web app. Where a count, balance or dispensing does not reconcile, the
agent e-mails a discrepancy flag to the practice's responsible vet, who investigates
and alone makes corrections, in the web app. Controls: Microsoft 365 sign-in with MFA
and roles in the web app, an append-only register API with audit logging, encryption
at rest, a read-only PMS API key, HTTPS to every vendor, and a DPA with the LLM vendor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Veterinary controlled drugs register agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "Keeps the practice's controlled drugs register up to date from dispensing "
        "records and stock counts, and flags discrepancies to the responsible vet."
    ),
)

# ---------------------------------------------------------------- data assets
dispensing = tg.Data(
    "CD dispensing and receipt records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Drug, strength, quantity, batch, animal, client name and address, vet; "
    "wholesaler deliveries booked into stock.",
)
register_entries = tg.Data(
    "CD register entries",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
    description="The statutory register: one page per drug and strength, with running balances.",
)
stock_counts = tg.Data(
    "Cabinet stock counts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Weekly physical counts of each CD, with the two staff who counted.",
)
corrections = tg.Data(
    "Register corrections",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Dated footnotes the responsible vet adds to an entry; nothing is overwritten.",
)
task = tg.Data("Nightly reconciliation task", kind="instructions")
prompt = tg.Data(
    "Reconciliation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the day's dispensings, balances, counts and tool results.",
)
plan = tg.Data("Proposed register actions", kind="model-output", sensitivity=tg.Sensitivity.PII)
pms_query = tg.Data("Dispensing query", kind="tool-call")
register_call = tg.Data("Register entry call", kind="tool-call", sensitivity=tg.Sensitivity.PII)
balances = tg.Data("Register balances", kind="tool-result", sensitivity=tg.Sensitivity.PII)
flag = tg.Data(
    "Discrepancy flag",
    kind="model-output",
    sensitivity=tg.Sensitivity.PII,
    description="Which drug, expected and found quantities, the entries involved, the agent's reasoning.",
)
flag_email = tg.Data("Discrepancy e-mail", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Practice premises", trust=tg.Trust.INTERNAL):
    # Records each CD dispensing in the PMS, as today.
    vet = tm.add(tg.Actor("Dispensing vet", role="veterinary surgeon"))
    # Counts the CD cabinet with a colleague and enters the counts.
    nurse = tm.add(tg.Actor("Veterinary nurse", role="registered veterinary nurse"))
    # Accountable for the register: reviews flags, investigates, adds corrections.
    responsible_vet = tm.add(
        tg.Actor("Responsible vet", role="responsible veterinary surgeon", privileged=True)
    )

with tm.boundary("PMS vendor cloud", trust=tg.Trust.PARTNER):
    # The practice management system: clients, patients, dispensing and stock.
    pms = tm.add(tg.DataStore("Practice management system", stores={dispensing}))

with tm.boundary("Practice cloud tenant", trust=tg.Trust.INTERNAL):
    # Starts the agent once a night after the practice closes.
    scheduler = tm.add(tg.Service("Nightly scheduler"))
    # Reconciles the day's records against the register and writes or flags.
    agent = tm.add(
        tg.Agent(
            "CD register agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Appends entries that match a dispensing or delivery without "
            "waiting for anyone; flags every mismatch instead of resolving it.",
        )
    )
    # Fetches CD dispensings and deliveries from the PMS API.
    pms_tool = tm.add(
        tg.Tool(
            "PMS dispensing lookup",
            capabilities={"read"},
            controls={c.LeastPrivilegeTools(note="read-only PMS API key")},
        )
    )
    # Reads balances and appends entries through the register's API.
    register_tool = tm.add(
        tg.Tool(
            "Register entry tool",
            capabilities={"read", "write"},
            description="Append-only: the register API offers no update or delete.",
        )
    )
    # Sends the flag to the responsible vet's mailbox.
    notify_tool = tm.add(tg.Tool("Discrepancy notification tool", capabilities={"send-messages"}))
    # Where nurses enter counts and the responsible vet reviews and corrects the register.
    web_app = tm.add(
        tg.Endpoint(
            "Register web app",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Microsoft 365 single sign-on with MFA"),
                c.RBAC(note="only the responsible vet may add corrections"),
            },
        )
    )

    with tm.boundary("CD register", trust=tg.Trust.RESTRICTED):
        # The statutory electronic register, kept at least two years from the last entry.
        register = tm.add(
            tg.DataStore(
                "Electronic CD register",
                stores={register_entries, stock_counts, corrections},
                controls={
                    c.AuditLogging(retention_days=730),
                    c.EncryptionAtRest(key_management="cloud KMS"),
                },
            )
        )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The model the agent reasons with, under a data processing agreement.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            high_stakes=True,
            controls={c.SupplierAssessment(note="DPA signed; inputs not used for training")},
        )
    )

with tm.boundary("Microsoft 365", trust=tg.Trust.PARTNER):
    # The practice's e-mail, which delivers the flags.
    mail = tm.add(tg.ExternalService("Practice e-mail"))

# ---------------------------------------------------------------- flows
tm.flow(vet, pms, dispensing, protocol="https", label="records dispensing")

tm.flow(scheduler, agent, task)
tm.flow(agent, llm, prompt, protocol="https")
tm.flow(llm, agent, plan, protocol="https")

tm.flow(agent, pms_tool, pms_query)
tm.flow(pms_tool, pms, pms_query, protocol="https")
tm.flow(pms, pms_tool, dispensing, protocol="https")
tm.flow(pms_tool, agent, dispensing)

tm.flow(agent, register_tool, register_call)
tm.flow(register_tool, register, register_entries, label="appends entries")
tm.flow(register, register_tool, balances, stock_counts)
tm.flow(register_tool, agent, balances, stock_counts)

tm.flow(agent, notify_tool, flag)
tm.flow(notify_tool, mail, flag_email, protocol="https")
tm.flow(mail, responsible_vet, flag_email, protocol="https")

tm.flow(nurse, web_app, stock_counts, protocol="https", label="enters cabinet counts")
tm.flow(web_app, register, stock_counts)
tm.flow(register, web_app, register_entries, stock_counts, corrections)
tm.flow(web_app, nurse, register_entries, protocol="https", label="current balances")
tm.flow(web_app, responsible_vet, register_entries, stock_counts, corrections, protocol="https")
tm.flow(responsible_vet, web_app, corrections, protocol="https", label="adds a correction")
tm.flow(web_app, register, corrections)
