"""Freezer sample inventory agent: the first design, before any security review.

Scientists ask an LLM agent, in an intranet chat page, where their samples are
stored across the -80 °C freezers. The agent looks locations up in the LIMS, which
holds each sample's freezer, rack, box and position with the pseudonymised donor
code and consent restrictions. When the freezer vendor's cloud monitoring service
raises a temperature alarm it calls a webhook in the institute's DMZ; the agent
plans where to move the affected boxes, writes draft move tasks in the LIMS and
pages the on-call technician by SMS, who moves and confirms each box. The agent,
its tools and an open-weights model run on the research computing cluster.
Controls: SSO with MFA, role-based access and audit logging on the LIMS, a vendor
API key on the webhook, technician confirmation before locations change.
"""

import threatgraph as tg

tm = tg.ThreatModel(
    "Freezer sample inventory agent",
    profile=tg.RiskProfile.HIGH,
    frameworks={"gdpr"},
    description=(
        "LLM agent that answers where samples are stored in the ultra-low freezers "
        "and plans box moves when a freezer alarms."
    ),
)

# ---------------------------------------------------------------- data assets
readings = tg.Data(
    "Freezer temperature readings", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
alarm = tg.Data(
    "Freezer alarm",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Freezer id, temperature, alarm type and time, sent by the vendor.",
)
question = tg.Data("Scientist question", kind="prompt", sensitivity=tg.Sensitivity.CONFIDENTIAL)
answer = tg.Data("Assistant answer", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL)
sample_records = tg.Data(
    "Sample records",
    kind="records",
    sensitivity=tg.Sensitivity.REGULATED,
    cia=tg.CIA(confidentiality="high", integrity="high", availability="high"),
    description="Sample id, type, project, owner, freezer/rack/box/position, "
    "pseudonymised donor code, diagnosis group and consent restrictions.",
)
lookup_call = tg.Data(
    "Sample lookup call", kind="tool-call", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
lookup_result = tg.Data(
    "Sample locations", kind="tool-result", sensitivity=tg.Sensitivity.REGULATED
)
capacity = tg.Data(
    "Free freezer positions",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Empty racks and box positions per freezer.",
)
plan_call = tg.Data("Move plan", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
move_tasks = tg.Data(
    "Draft move tasks",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Which box goes from which freezer position to which, in order.",
)
plan_result = tg.Data("Move plan result", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL)
move_confirmation = tg.Data(
    "Move confirmation", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
page_call = tg.Data("Page request", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
page = tg.Data("On-call page", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
page_status = tg.Data(
    "Page delivery status", kind="tool-result", sensitivity=tg.Sensitivity.INTERNAL
)
llm_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Instructions, the question or alarm, and the sample records looked up.",
)
llm_completion = tg.Data(
    "Model completion", kind="model-output", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
conversation_log = tg.Data(
    "Agent conversation log",
    kind="logs",
    sensitivity=tg.Sensitivity.REGULATED,
    description="Questions, answers, tool calls and results of each session.",
)

# ---------------------------------------------------------------- elements
with tm.boundary(
    "Freezer rooms",
    trust=tg.Trust.INTERNAL,
    description="Ultra-low freezer rooms; probes report over the vendor's cellular gateway.",
):
    # Temperature probes in each ultra-low freezer, supplied with the monitoring service.
    probes = tm.add(tg.Device("Freezer temperature probes", fleet=True))

with tm.boundary("Monitoring vendor cloud", trust=tg.Trust.PARTNER):
    # The vendor's hosted monitoring service: stores readings and raises alarms.
    monitoring = tm.add(tg.ExternalService("Freezer monitoring service", provides="data-provider"))

with tm.boundary("SMS provider", trust=tg.Trust.PARTNER):
    # Commercial SMS gateway used for on-call paging.
    sms = tm.add(tg.ExternalService("SMS gateway"))

with tm.boundary("Institute network", trust=tg.Trust.INTERNAL):
    # Researchers who own samples and ask where they are.
    scientist = tm.add(tg.Actor("Scientist", role="researcher"))
    # On-call technician who answers alarms and moves boxes between freezers.
    technician = tm.add(tg.Actor("On-call freezer technician", role="biobank technician"))
    # Intranet chat page in front of the agent.
    chat = tm.add(
        tg.Endpoint(
            "Sample assistant chat page",
            purpose=tg.EndpointPurpose.API,
            controls={tg.controls.Authentication(method="institute SSO (OIDC) with MFA")},
        )
    )
    # The institute's system of record for samples and their freezer positions.
    lims = tm.add(
        tg.DataStore(
            "Sample LIMS",
            stores={sample_records, capacity, move_tasks},
            controls={
                tg.controls.Authentication(method="institute SSO (OIDC) with MFA"),
                tg.controls.RBAC(),
                tg.controls.AuditLogging(),
            },
        )
    )

    with tm.boundary("Institute DMZ", trust=tg.Trust.INTERNAL):
        # Receives the monitoring vendor's alarm webhook calls from the internet.
        alarm_hook = tm.add(
            tg.Endpoint(
                "Freezer alarm webhook",
                purpose=tg.EndpointPurpose.API,
                internet_facing=True,
                controls={tg.controls.Authentication(method="vendor API key in request header")},
            )
        )

    with tm.boundary("Research computing cluster", trust=tg.Trust.INTERNAL):
        # The LLM agent: answers questions and plans moves when an alarm comes in.
        agent = tm.add(tg.Agent("Sample inventory agent", autonomy=tg.Autonomy.SUPERVISED))
        # Open-weights model served on the cluster's GPUs.
        llm = tm.add(
            tg.LLM(
                "Self-hosted LLM",
                origin=tg.ModelOrigin.OPEN_WEIGHTS,
                description="Instruction-tuned open-weights model served with vLLM.",
            )
        )
        # Finds samples by id, project, donor code or description in the LIMS.
        lookup_tool = tm.add(
            tg.Tool(
                "Sample location lookup",
                capabilities={"read"},
                controls={tg.controls.LeastPrivilegeTools(note="read-only LIMS API account")},
            )
        )
        # Reads free positions and writes a move plan as draft tasks in the LIMS.
        move_tool = tm.add(
            tg.Tool(
                "Move planning tool",
                capabilities={"read", "write"},
                controls={
                    tg.controls.HumanInTheLoop(
                        approver="on-call freezer technician",
                        note="locations change only when the technician confirms each box",
                    )
                },
            )
        )
        # Sends the on-call page through the SMS gateway.
        paging_tool = tm.add(tg.Tool("On-call paging tool", capabilities={"send-messages"}))
        # Conversation and tool-call history, for troubleshooting.
        log_store = tm.add(tg.DataStore("Agent conversation log", stores={conversation_log}))

# ---------------------------------------------------------------- flows
# Monitoring and alarms.
tm.flow(probes, monitoring, readings, protocol="https", label="cellular gateway upload")
tm.flow(monitoring, alarm_hook, alarm, protocol="https", label="alarm webhook")
tm.flow(alarm_hook, agent, alarm, protocol="https")

# Scientists ask the agent.
tm.flow(scientist, chat, question, protocol="https")
tm.flow(chat, agent, question, protocol="https")
tm.flow(agent, chat, answer, protocol="https")
tm.flow(chat, scientist, answer, protocol="https")

# The agent and its model.
tm.flow(agent, llm, llm_prompt, protocol="http")
tm.flow(llm, agent, llm_completion, protocol="http")
tm.flow(agent, log_store, conversation_log)

# Sample lookups.
tm.flow(agent, lookup_tool, lookup_call)
tm.flow(lookup_tool, lims, lookup_call, protocol="https")
tm.flow(lims, lookup_tool, sample_records, protocol="https")
tm.flow(lookup_tool, agent, lookup_result)

# Move planning after an alarm.
tm.flow(agent, move_tool, plan_call)
tm.flow(lims, move_tool, capacity, sample_records, protocol="https")
tm.flow(move_tool, lims, move_tasks, protocol="https")
tm.flow(move_tool, agent, plan_result)
tm.flow(lims, technician, move_tasks, protocol="https")
tm.flow(technician, lims, move_confirmation, protocol="https")

# Paging the on-call technician.
tm.flow(agent, paging_tool, page_call)
tm.flow(paging_tool, sms, page, protocol="https")
tm.flow(sms, paging_tool, page_status, protocol="https")
tm.flow(paging_tool, agent, page_status)
tm.flow(sms, technician, page, protocol="sms")
