"""A fake puppet service on loopback: the real python-wechaty client talks gRPC to it in tests."""
from __future__ import annotations

import asyncio
import base64
import itertools
import json

import grpclib.const
import grpclib.exceptions
import grpclib.server
from wechaty_grpc.wechaty import puppet as pb

TEXT, IMAGE = 7, 6  # the TypeScript puppet's numbering, which the client reads from the wire


class FakePuppet:
    """Holds contacts, rooms and messages; records every RPC; pushes events to the client's stream."""

    def __init__(self) -> None:
        self.contacts: dict[str, dict] = {}
        self.rooms: dict[str, dict] = {}
        self.messages: dict[str, dict] = {}
        self.images: dict[str, bytes] = {}
        self.friendships: dict[str, dict] = {}
        self.calls: list[tuple[str, object]] = []
        self.events: asyncio.Queue = asyncio.Queue()
        self.self_id = "bot-self"
        self.silent = False  # when True, dings get no dong: the stream stays open but says nothing
        self.token: str | None = None  # when set, a call with another token is refused as the official server does
        self.refused = 0  # calls refused for a wrong token
        self.server: grpclib.server.Server | None = None
        self._ids = itertools.count(1)
        self.contact(self.self_id, "小助手", friend=False)

    # -- world ------------------------------------------------------------------------------
    def contact(self, cid: str, name: str, friend: bool = True) -> None:
        """A WeChat contact."""
        self.contacts[cid] = {"name": name, "friend": friend}

    def room(self, rid: str, topic: str, members: list[str], owner: str | None = None) -> None:
        """A group, owned by the bot unless told otherwise."""
        self.rooms[rid] = {"topic": topic, "members": members, "owner": owner or self.self_id}

    def emit(self, kind: int, payload: dict | str) -> None:
        """Push one event to the client (a str payload is sent as is, even when it is not JSON)."""
        self.events.put_nowait(pb.EventResponse(type=kind, payload=payload if isinstance(payload, str)
                                                else json.dumps(payload)))

    def login(self) -> None:
        """The account logs in."""
        self.emit(pb.EventType.EVENT_TYPE_LOGIN, {"contactId": self.self_id})

    def scan(self, qrcode: str, status: int = 2) -> None:
        """The service wants a login: a QR code to scan (status 2 is waiting, 5 timed out)."""
        self.emit(pb.EventType.EVENT_TYPE_SCAN, {"qrcode": qrcode, "status": status})

    def logout(self) -> None:
        """The account is logged out (on the phone, or by WeChat)."""
        self.emit(pb.EventType.EVENT_TYPE_LOGOUT, {"contactId": self.self_id, "data": "logged out"})

    def say(self, sender: str, text: str, room: str | None = None, kind: int = TEXT, mentions=(),
            mid: str | None = None) -> str:
        """A member's message arrives (`mid`: its id, as WeChat's server gives every account in a group the same)."""
        mid = mid or f"msg-{next(self._ids)}"
        self.messages[mid] = {"from_id": sender, "room_id": room or "", "text": text, "type": kind,
                              "to_id": "" if room else self.self_id, "mention_ids": list(mentions)}
        self.emit(pb.EventType.EVENT_TYPE_MESSAGE, {"messageId": mid})
        return mid

    def join(self, room: str, invitees: list[str], inviter: str, timestamp: int = 0) -> None:
        """People join a room."""
        self.rooms[room]["members"] += invitees
        self.emit(pb.EventType.EVENT_TYPE_ROOM_JOIN, {"roomId": room, "inviteeIdList": invitees,
                                                      "inviterId": inviter, "timestamp": timestamp})

    def friend_request(self, fid: str, contact: str, hello: str,
                       kind: int = pb.FriendshipType.FRIENDSHIP_TYPE_RECEIVE) -> None:
        """Someone asks the bot's account to be friends (or, with another kind, confirms or verifies)."""
        self.friendships[fid] = {"contact_id": contact, "hello": hello, "type": kind}
        self.emit(pb.EventType.EVENT_TYPE_FRIENDSHIP, {"friendshipId": fid})

    def sent(self, rpc: str) -> list:
        """Requests the client made to one RPC."""
        return [req for name, req in self.calls if name == rpc]

    # -- gRPC ---------------------------------------------------------------------------------
    def __mapping__(self) -> dict[str, grpclib.const.Handler]:
        unary = grpclib.const.Cardinality.UNARY_UNARY
        table = {
            "Start": (self._start, pb.StartRequest, pb.StartResponse),
            "Stop": (self._stop, pb.StopRequest, pb.StopResponse),
            "Ding": (self._ding, pb.DingRequest, pb.DingResponse),
            "Logout": (self._empty(pb.LogoutResponse), pb.LogoutRequest, pb.LogoutResponse),
            "ContactPayload": (self._contact, pb.ContactPayloadRequest, pb.ContactPayloadResponse),
            "RoomPayload": (self._room, pb.RoomPayloadRequest, pb.RoomPayloadResponse),
            "RoomMemberList": (self._members, pb.RoomMemberListRequest, pb.RoomMemberListResponse),
            "RoomMemberPayload": (self._member, pb.RoomMemberPayloadRequest, pb.RoomMemberPayloadResponse),
            "MessagePayload": (self._message, pb.MessagePayloadRequest, pb.MessagePayloadResponse),
            "MessageSendText": (self._send_text, pb.MessageSendTextRequest, pb.MessageSendTextResponse),
            "MessageImage": (self._image, pb.MessageImageRequest, pb.MessageImageResponse),
            "RoomDel": (self._empty(pb.RoomDelResponse), pb.RoomDelRequest, pb.RoomDelResponse),
            "FriendshipPayload": (self._friendship, pb.FriendshipPayloadRequest, pb.FriendshipPayloadResponse),
            "FriendshipAccept": (self._accept, pb.FriendshipAcceptRequest, pb.FriendshipAcceptResponse),
        }
        mapping = {f"/wechaty.Puppet/{name}": grpclib.const.Handler(self._recorded(name, func), unary, req, resp)
                   for name, (func, req, resp) in table.items()}
        mapping["/wechaty.Puppet/Event"] = grpclib.const.Handler(
            self._event_stream, grpclib.const.Cardinality.UNARY_STREAM, pb.EventRequest, pb.EventResponse)
        return mapping

    def _check_token(self, stream) -> None:
        """The client sends its token as the :authority of each call; a wrong one is UNAUTHENTICATED."""
        if self.token is None:
            return
        authority = dict(stream._stream.headers or ()).get(":authority")
        if authority != self.token:
            self.refused += 1
            raise grpclib.exceptions.GRPCError(grpclib.const.Status.UNAUTHENTICATED, "Invalid Wechaty TOKEN")

    def _recorded(self, name: str, func):
        async def handle(stream) -> None:
            self._check_token(stream)
            request = await stream.recv_message()
            self.calls.append((name, request))
            await stream.send_message(func(request))
        return handle

    @staticmethod
    def _empty(cls):
        return lambda request: cls()

    def _start(self, request):
        return pb.StartResponse()

    def _stop(self, request):
        return pb.StopResponse()

    def _ding(self, request):
        if not self.silent:
            self.emit(pb.EventType.EVENT_TYPE_DONG, {"data": request.data})
        return pb.DingResponse()

    def _contact(self, request):
        c = self.contacts.get(request.id, {"name": request.id, "friend": False})
        return pb.ContactPayloadResponse(id=request.id, name=c["name"], friend=c["friend"])

    def _room(self, request):
        r = self.rooms[request.id]
        return pb.RoomPayloadResponse(id=request.id, topic=r["topic"], owner_id=r["owner"], member_ids=r["members"])

    def _members(self, request):
        return pb.RoomMemberListResponse(member_ids=self.rooms[request.id]["members"])

    def _member(self, request):
        c = self.contacts.get(request.member_id, {"name": request.member_id})
        return pb.RoomMemberPayloadResponse(id=request.member_id, name=c["name"])

    def _friendship(self, request):
        f = self.friendships[request.id]
        return pb.FriendshipPayloadResponse(id=request.id, contact_id=f["contact_id"], hello=f["hello"],
                                            type=f["type"])

    def _accept(self, request):
        self.contacts[self.friendships[request.id]["contact_id"]]["friend"] = True
        return pb.FriendshipAcceptResponse()

    def _message(self, request):
        m = self.messages[request.id]
        return pb.MessagePayloadResponse(id=request.id, text=m["text"], type=m["type"], from_id=m["from_id"],
                                         room_id=m["room_id"], to_id=m["to_id"], mention_ids=m["mention_ids"])

    def _send_text(self, request):
        mid = f"sent-{next(self._ids)}"
        room = request.conversation_id if request.conversation_id in self.rooms else ""
        self.messages[mid] = {"from_id": self.self_id, "room_id": room, "text": request.text, "type": TEXT,
                              "to_id": "" if room else request.conversation_id, "mention_ids": request.mentonal_ids}
        return pb.MessageSendTextResponse(id=mid)

    def _image(self, request):
        data = self.images[request.id]
        box = {"boxType": 1, "base64": base64.b64encode(data).decode(), "name": "qr.png", "metadata": {}}
        return pb.MessageImageResponse(filebox=json.dumps(box))

    async def _event_stream(self, stream) -> None:
        self._check_token(stream)
        await stream.recv_message()
        self.calls.append(("Event", None))
        while True:
            response = await self.events.get()
            if response is None:
                return  # a cleanly closed stream
            await stream.send_message(response)

    # -- server -------------------------------------------------------------------------------
    async def serve(self, port: int = 0) -> int:
        """Listen on loopback; returns the port."""
        self.server = grpclib.server.Server([self])
        await self.server.start("127.0.0.1", port)
        listening = self.server._server
        assert isinstance(listening, asyncio.Server)
        return listening.sockets[0].getsockname()[1]

    async def kill(self) -> None:
        """Stop the server abruptly (streams are cut)."""
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()
        self.server = None
