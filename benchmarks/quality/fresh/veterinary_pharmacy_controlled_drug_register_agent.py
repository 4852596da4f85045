"""Veterinary controlled drug register agent: the first design, before any security review.

Our veterinary group's practices dispense controlled drugs (ketamine, methadone,
buprenorphine and the like) through the practice management system (PMS), a SaaS
product the vendor hosts. An hourly sync job pulls the new dispensing records from
the PMS API into our cloud tenant and hands each batch to an LLM agent. The agent
reads the current register balances and the nurses' weekly stock counts, writes the
matching entries into the electronic controlled drug register, and raises a
discrepancy flag when a dispensing record and the running balance or a stock count
do not agree. Flags go to the practice's responsible vet in a small review portal,
where they resolve them and enter correcting entries; nurses enter stock counts there.
The agent calls a hosted LLM over HTTPS. The portal signs staff in with the group's
Entra ID (MFA) and limits access by role; the register database is encrypted at rest
and audit-logged, the PMS API key is kept in the cloud key vault, and the entry tool
can only append entries, never edit or delete them.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Veterinary controlled drug register agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description="LLM agent that keeps the controlled drug register from PMS dispensing "
    "records and flags discrepancies to the responsible vet.",
)

# ---------------------------------------------------------------- data assets
dispensing = tg.Data(
    "Controlled drug dispensing records",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Drug, batch, quantity, patient animal, client name and address, "
    "dispensing vet, free-text clinical notes.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
register_entries = tg.Data(
    "Controlled drug register entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The legal register: each receipt and supply with running balance, "
    "supplier or client, and the person making the entry.",
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
)
stock_counts = tg.Data(
    "Weekly stock counts",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Physical counts of each controlled drug in the cabinet, by nurse and date.",
)
agent_prompt = tg.Data(
    "Reconciliation prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Instructions, the batch of dispensing records and the current balances.",
)
completion = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
tool_calls = tg.Data("Register tool calls", kind="tool-call", sensitivity=tg.Sensitivity.PII)
balances = tg.Data(
    "Register balances and counts", kind="tool-result", sensitivity=tg.Sensitivity.PII
)
write_result = tg.Data("Entry write result", kind="tool-result")
flags = tg.Data(
    "Discrepancy flags",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="The mismatch, the records involved and the staff who dispensed.",
)
resolutions = tg.Data(
    "Flag resolutions and correcting entries",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
)
run_logs = tg.Data("Agent run logs", kind="logs", sensitivity=tg.Sensitivity.PII)
pms_key = tg.Data("PMS API key", kind="credentials", sensitivity=tg.Sensitivity.SECRET)

# ---------------------------------------------------------------- elements
with tm.boundary("Practice network", trust=tg.Trust.INTERNAL):
    # Vets and nurses who dispense; they record each supply in the PMS and count stock.
    nurse = tm.add(tg.Actor("Dispensing vet or nurse", role="clinical staff"))
    # The named responsible vet for controlled drugs at the practice; resolves flags.
    responsible_vet = tm.add(
        tg.Actor("Responsible vet", role="controlled drugs responsible person")
    )

with tm.boundary("PMS vendor cloud", trust=tg.Trust.PARTNER):
    # The SaaS practice management system, the source of every dispensing record.
    pms = tm.add(
        tg.DataSource(
            "Practice management system",
            origin=tg.Origin.VENDOR,
            provides={dispensing},
            description="Vendor-hosted PMS; dispensing records are read through its REST API.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # General-purpose hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="Chat-completions API with function calling.",
        )
    )

with tm.boundary("Group cloud tenant", trust=tg.Trust.INTERNAL):
    # Pulls new dispensing records from the PMS every hour and starts an agent run.
    sync = tm.add(
        tg.Service(
            "Hourly dispensing sync job",
            controls={c.SecretsManagement(note="PMS API key held in the cloud key vault")},
        )
    )
    # The agent that turns dispensing records into register entries and spots mismatches.
    agent = tm.add(
        tg.Agent(
            "Controlled drug register agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Writes matched entries itself; only discrepancies go to a person.",
            controls={c.CircuitBreaker(max_steps=40)},
        )
    )
    # Read tool: current balances per drug and the latest stock counts.
    lookup_tool = tm.add(tg.Tool("Register lookup tool", capabilities={"read"}))
    # Write tool: appends supply entries to the register.
    entry_tool = tm.add(
        tg.Tool(
            "Register entry tool",
            capabilities={"write"},
            controls={c.LeastPrivilegeTools(note="append-only database role; no update or delete")},
        )
    )
    # Raises a discrepancy flag in the review portal's queue for the responsible vet.
    flag_tool = tm.add(tg.Tool("Discrepancy flag tool", capabilities={"send-messages"}))
    # Web portal for flag review, correcting entries and stock count entry.
    portal = tm.add(
        tg.Endpoint(
            "Register review portal",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="Entra ID single sign-on with MFA"),
                c.RBAC(note="nurses enter counts; only the responsible vet resolves flags"),
            },
        )
    )
    # Prompts, tool calls and outcomes of each agent run, for troubleshooting.
    run_log = tm.add(tg.DataStore("Agent run log store", stores={run_logs}))

    with tm.boundary("Register data tier", trust=tg.Trust.RESTRICTED):
        # The electronic controlled drug register: the legal record inspectors ask for.
        register = tm.add(
            tg.DataStore(
                "Controlled drug register database",
                stores={register_entries},
                controls={
                    c.EncryptionAtRest(key_management="cloud KMS"),
                    c.AuditLogging(retention_days=730),
                },
            )
        )
        # Weekly physical counts, compared with the running balances.
        counts_db = tm.add(tg.DataStore("Stock count records", stores={stock_counts}))

# ---------------------------------------------------------------- flows
tm.flow(nurse, pms, dispensing, protocol="https", label="records each supply")
tm.flow(pms, sync, dispensing, protocol="https", label="hourly API export")
tm.flow(sync, pms, pms_key, protocol="https", label="API authentication")
tm.flow(sync, agent, dispensing, label="starts a run per batch")

tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, completion, protocol="https")

tm.flow(agent, lookup_tool, tool_calls)
tm.flow(register, lookup_tool, register_entries)
tm.flow(counts_db, lookup_tool, stock_counts)
tm.flow(lookup_tool, agent, balances)

tm.flow(agent, entry_tool, tool_calls)
tm.flow(entry_tool, register, register_entries)
tm.flow(entry_tool, agent, write_result)

tm.flow(agent, flag_tool, tool_calls)
tm.flow(flag_tool, portal, flags)
tm.flow(flag_tool, agent, write_result)
tm.flow(agent, run_log, run_logs)

tm.flow(portal, responsible_vet, flags, register_entries, protocol="https")
tm.flow(responsible_vet, portal, resolutions, protocol="https")
tm.flow(portal, register, resolutions, label="correcting entries")
tm.flow(register, portal, register_entries)
tm.flow(nurse, portal, stock_counts, protocol="https")
tm.flow(portal, counts_db, stock_counts)
