package cn.suanpan.hardware.drawer;

/** Whether the cash drawer is out. */
public enum DrawerState { OPEN, CLOSED }
