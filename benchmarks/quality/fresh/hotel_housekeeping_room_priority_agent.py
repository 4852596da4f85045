"""Housekeeping room-priority agent: the first design, before any security review.

A European hotel group wants housekeeping to clean rooms in the order that matters:
early arrivals, VIPs and late check-outs first, guest requests fitted in. An LLM
agent in the group's cloud account runs every 15 minutes and whenever a guest
request arrives. Through tools it reads departures, arrivals and room status from
the vendor-hosted property management system (PMS), reads open guest requests that
guests send from the hotel app, writes an ordered room list with assignments to the
housekeeping task board, and pushes each housekeeper the next rooms on their
handset. The agent's reasoning runs on a hosted LLM under a signed DPA.
Housekeepers mark rooms done on the handset app, which updates the PMS; supervisors
can re-order the board from a web console. Guests sign in to the app with their
loyalty account or booking reference; staff use group SSO. All traffic leaving our
account is HTTPS, the PMS key is read-only and kept in the cloud secret manager,
and the agent stops after 30 steps per run. Nobody approves the messages it sends.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Housekeeping room-priority agent",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description=(
        "LLM agent that orders rooms for housekeeping from PMS departures and arrivals "
        "and guest requests, and messages housekeepers' handsets."
    ),
)

# ---------------------------------------------------------------- data assets
guest_request = tg.Data(
    "Guest request",
    kind="documents",
    sensitivity=tg.Sensitivity.PII,
    description="Free-text request from the hotel app (extra towels, late check-out, "
    "do not disturb) with guest name and room number.",
)
request_ack = tg.Data("Request acknowledgement", kind="records", sensitivity=tg.Sensitivity.PII)
reservations = tg.Data(
    "Reservations and room status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="high"),
    description="Guest names, arrival and departure times, VIP flags, room status.",
)
pms_query = tg.Data("PMS query", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
tool_call = tg.Data("Agent tool call", kind="tool-call", sensitivity=tg.Sensitivity.INTERNAL)
room_result = tg.Data("Room status result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
request_result = tg.Data("Open requests result", kind="tool-result", sensitivity=tg.Sensitivity.PII)
agent_prompt = tg.Data(
    "Agent prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="System prompt, ranking rules, room and request data from the tools.",
)
llm_output = tg.Data("LLM completion", kind="model-output", sensitivity=tg.Sensitivity.PII)
priority_list = tg.Data(
    "Room priority list",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Rooms in cleaning order with the housekeeper assigned to each.",
)
handset_message = tg.Data(
    "Housekeeper task message",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Next rooms for one housekeeper, with guest request notes.",
)
clean_status = tg.Data("Room cleaned status", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
override = tg.Data("Supervisor re-ordering", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
staff_roster = tg.Data("Housekeeper shift roster", kind="records", sensitivity=tg.Sensitivity.PII)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Hotel guests, who send requests from the group's app.
    guest = tm.add(tg.Actor("Hotel guest", role="guest"))

with tm.boundary("PMS vendor", trust=tg.Trust.PARTNER):
    # The vendor-hosted property management system: the source of truth for stays.
    pms = tm.add(
        tg.ExternalService(
            "Property management system",
            provides=tg.ExternalCategory.DATA_PROVIDER,
            description="SaaS PMS with a REST API; holds reservations and room status.",
        )
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # The hosted model the agent reasons with.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            controls={c.SupplierAssessment(note="DPA signed; no training on our prompts")},
        )
    )

with tm.boundary("Push provider", trust=tg.Trust.PARTNER):
    # Mobile push service that delivers notifications to the handsets.
    push = tm.add(tg.ExternalService("Push notification service"))

with tm.boundary("Hotel group cloud", trust=tg.Trust.INTERNAL):
    # Backend of the guest app: receives guest requests.
    guest_api = tm.add(
        tg.Endpoint(
            "Guest app backend",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(
                    method="loyalty e-mail and password, or booking reference and surname"
                ),
                c.RateLimiting(requests_per_minute=30),
                c.InputValidation(note="length and character limits on request text"),
            },
        )
    )
    # Queue of open guest requests the agent works from.
    request_store = tm.add(
        tg.DataStore(
            "Guest request store",
            stores={guest_request},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # The LLM agent that ranks rooms and dispatches them.
    agent = tm.add(
        tg.Agent(
            "Room priority agent",
            autonomy=tg.Autonomy.AUTONOMOUS,
            description="Runs every 15 minutes and on each new guest request.",
            controls={
                c.CircuitBreaker(max_steps=30),
                c.AuditLogging(note="each run's tool calls and messages are logged"),
            },
        )
    )
    # Reads departures, arrivals and room status from the PMS.
    room_tool = tm.add(
        tg.Tool(
            "PMS room status tool",
            capabilities={"read"},
            controls={
                c.LeastPrivilegeTools(note="read-only PMS API scope"),
                c.SecretsManagement(note="PMS API key in the cloud secret manager"),
            },
        )
    )
    # Reads the open guest requests.
    request_tool = tm.add(tg.Tool("Guest request tool", capabilities={"read"}))
    # Writes the ordered list and assignments to the task board.
    board_tool = tm.add(tg.Tool("Task board tool", capabilities={"read", "write"}))
    # Pushes each housekeeper their next rooms.
    message_tool = tm.add(tg.Tool("Handset messaging tool", capabilities={"send-messages"}))
    # The housekeeping task board: priority list, assignments, roster.
    task_store = tm.add(
        tg.DataStore(
            "Housekeeping task store",
            stores={priority_list, staff_roster, clean_status},
            controls={c.EncryptionAtRest(key_management="cloud provider default keys")},
        )
    )
    # Backend of the handset app and the supervisors' web console.
    hk_backend = tm.add(
        tg.Service(
            "Housekeeping app backend",
            controls={
                c.Authentication(method="group staff SSO with MFA"),
                c.RBAC(note="housekeepers see their own rooms; supervisors their hotel's board"),
            },
        )
    )

with tm.boundary("Hotel property", trust=tg.Trust.INTERNAL):
    # Hotel-owned Android handsets on the staff Wi-Fi, enrolled in MDM.
    handsets = tm.add(tg.Device("Housekeeper handsets", fleet=True))
    # The people who clean the rooms.
    housekeeper = tm.add(tg.Actor("Housekeeper", role="housekeeping staff"))
    # Runs housekeeping at one hotel and can re-order the board.
    supervisor = tm.add(tg.Actor("Housekeeping supervisor", role="supervisor"))

# ---------------------------------------------------------------- flows
# guest requests
tm.flow(guest, guest_api, guest_request, protocol="https")
tm.flow(guest_api, guest, request_ack, protocol="https")
tm.flow(guest_api, request_store, guest_request)

# the agent and its model
tm.flow(agent, llm, agent_prompt, protocol="https")
tm.flow(llm, agent, llm_output, protocol="https")

# tools
tm.flow(agent, room_tool, tool_call)
tm.flow(room_tool, pms, pms_query, protocol="https")
tm.flow(pms, room_tool, reservations, protocol="https")
tm.flow(room_tool, agent, room_result)

tm.flow(agent, request_tool, tool_call)
tm.flow(request_store, request_tool, guest_request)
tm.flow(request_tool, agent, request_result)

tm.flow(agent, board_tool, tool_call, priority_list)
tm.flow(task_store, board_tool, priority_list, staff_roster, label="current board and roster")
tm.flow(board_tool, task_store, priority_list)
tm.flow(board_tool, agent, priority_list, staff_roster, label="board and roster")

tm.flow(agent, message_tool, handset_message)
tm.flow(message_tool, push, handset_message, protocol="https")
tm.flow(push, handsets, handset_message, protocol="https")

# handsets and console
tm.flow(hk_backend, handsets, priority_list, protocol="https", label="my rooms")
tm.flow(handsets, hk_backend, clean_status, protocol="https")
tm.flow(handsets, housekeeper, handset_message, priority_list, label="on screen")
tm.flow(housekeeper, handsets, clean_status, label="taps room done")
tm.flow(task_store, hk_backend, priority_list, staff_roster)
tm.flow(hk_backend, task_store, clean_status, override)
tm.flow(hk_backend, pms, clean_status, protocol="https", label="room status update")
tm.flow(supervisor, hk_backend, override, protocol="https")
tm.flow(hk_backend, supervisor, priority_list, staff_roster, protocol="https")
